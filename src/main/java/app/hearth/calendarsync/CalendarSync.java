package app.hearth.calendarsync;

import app.hearth.availability.AvailabilityChanged;
import app.hearth.common.HearthConfig;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Reads one connection's busy time: claims the row (so one instance syncs it at a time), fetches and expands with no
 * transaction open, then replaces its busy intervals and records the outcome in one transaction. A failure marks
 * only that connection FAILING and keeps its last good busy time.
 */
@ApplicationScoped
public class CalendarSync {

    private static final Logger LOG = Logger.getLogger(CalendarSync.class);
    /** How long a claim holds: longer than any sync can take (a few requests of at most 20 s each). */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** How long an unchanged calendar's stored busy time is kept before it is read (and expanded) in full again. */
    static final Duration REREAD = Duration.ofHours(6);

    @Inject
    Clock clock;
    @Inject
    HearthConfig config;
    @Inject
    ConnectionSecrets secrets;
    @Inject
    CalendarReader reader;
    @Inject
    Event<AvailabilityChanged> availabilityChanged;

    /** What a sync needs, read in a short transaction: secrets opened, nothing held while the network is asked. */
    record Target(Long id, Long therapistId, CalendarConnection.Kind kind, String address, CalendarHttp.Login login,
                  String etag, String lastModified, ZoneId zone, Instant from, Instant to, boolean firstDiscovery,
                  List<String> busyCalendars, Set<String> transparentBusy, Map<String, String> tags) {
    }

    /** The connections due now, earliest first. */
    List<Long> due(int limit) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> CalendarConnection.<CalendarConnection>find(
                        "nextSyncAt <= ?1 and (claimedUntil is null or claimedUntil < ?1) order by nextSyncAt", now)
                .page(0, limit).list().stream().map(c -> c.id).toList());
    }

    /** Syncs the connection unless another sync holds it; answers whether this call ran one. */
    public boolean sync(Long id) {
        if (!claim(id)) {
            return false;
        }
        Target target;
        try {
            target = QuarkusTransaction.requiringNew().call(() -> target(id));
        } catch (RuntimeException e) {
            release(id);
            throw e;
        }
        if (target == null) {
            return false;
        }
        try {
            CalendarReader.Outcome outcome = reader.read(target);
            QuarkusTransaction.requiringNew().run(() -> succeeded(target, outcome));
        } catch (CalendarHttp.Failed e) {
            QuarkusTransaction.requiringNew().run(() -> failed(target, e.getMessage()));
        } catch (RuntimeException e) {
            // the connection's id only: the exception may carry parts of the address or the calendar
            LOG.warnf("calendar connection %d failed to sync (%s)", id, e.getClass().getSimpleName());
            QuarkusTransaction.requiringNew().run(() -> failed(target, "The calendar could not be read."));
        }
        return true;
    }

    private boolean claim(Long id) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> CalendarConnection.update(
                "claimedUntil = ?1 where id = ?2 and (claimedUntil is null or claimedUntil < ?3)", now.plus(LEASE), id, now)) == 1;
    }

    private void release(Long id) {
        QuarkusTransaction.requiringNew().run(() -> CalendarConnection.update("claimedUntil = null where id = ?1", id));
    }

    private Target target(Long id) {
        CalendarConnection c = CalendarConnection.findById(id);
        if (c == null) {
            return null;
        }
        Therapist therapist = Therapist.findById(c.therapistId);
        Instant now = clock.instant();
        String username = secrets.open(c.id, "username", c.usernameSealed);
        CalendarHttp.Login login = username == null ? null
                : new CalendarHttp.Login(username, secrets.open(c.id, "password", c.passwordSealed));
        List<ConnectedCalendar> calendars = ConnectedCalendar.of(c.id);
        // "not modified" is only trusted for a while: the window moves on, and instances past the old one must be read
        boolean recent = c.fullReadAt != null && c.fullReadAt.isAfter(now.minus(REREAD));
        return new Target(c.id, c.therapistId, c.kind, secrets.open(c.id, "address", c.addressSealed), login,
                recent ? c.etag : null, recent ? c.lastModified : null, therapist.zone(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(therapist.policy().horizonDays() + 2L)), calendars.isEmpty(),
                calendars.stream().filter(k -> k.busy).map(k -> k.href).toList(),
                calendars.stream().filter(k -> k.transparentBusy).map(k -> k.href).collect(Collectors.toSet()),
                // like the ICS ETag, an unchanged tag is trusted only for a while, as the window moves on
                recent ? calendars.stream().filter(k -> k.ctag != null)
                        .collect(Collectors.toMap(k -> k.href, k -> k.ctag)) : Map.of());
    }

    private void succeeded(Target target, CalendarReader.Outcome outcome) {
        CalendarConnection c = CalendarConnection.findById(target.id());
        if (c == null) {
            return; // removed while it synced
        }
        if (outcome.discovered() != null) {
            List<ConnectedCalendar> known = ConnectedCalendar.of(c.id);
            for (ConnectedCalendar k : known) {
                // the tags the busy calendars were read (or found unchanged) at; the others keep theirs until chosen again
                outcome.discovered().stream().filter(f -> f.href().equals(k.href)).findFirst()
                        .ifPresent(f -> k.ctag = k.busy && outcome.readTags() ? f.tag() : k.ctag);
            }
            for (CalDav.Found found : outcome.discovered()) {
                if (known.stream().noneMatch(k -> k.href.equals(found.href()))) {
                    ConnectedCalendar added = new ConnectedCalendar();
                    added.connectionId = c.id;
                    added.href = found.href();
                    added.name = found.name().length() > 200 ? found.name().substring(0, 200) : found.name();
                    // on the first discovery every calendar counts as busy; later ones wait for the therapist's choice
                    added.busy = target.firstDiscovery();
                    added.persist();
                }
            }
        }
        if (outcome.intervals() != null) {
            BusyStore.replace(c.id, c.therapistId, outcome.intervals());
            c.fullReadAt = clock.instant();
            availabilityChanged.fire(new AvailabilityChanged(c.therapistId));
        }
        c.etag = outcome.etag();
        c.lastModified = outcome.lastModified();
        c.state = CalendarConnection.State.OK;
        c.lastError = null;
        c.lastSyncAt = clock.instant();
        c.nextSyncAt = next();
        c.claimedUntil = null;
    }

    private void failed(Target target, String message) {
        CalendarConnection c = CalendarConnection.findById(target.id());
        if (c == null) {
            return;
        }
        if (c.stopWhenStale && c.lastSyncAt != null
                && c.lastSyncAt.isBefore(clock.instant().minus(config.calendar().staleAfter()))) {
            // its busy time has stopped blocking (BusyStore leaves it out): cached free slots must be worked out again
            availabilityChanged.fire(new AvailabilityChanged(c.therapistId));
        }
        c.state = CalendarConnection.State.FAILING;
        c.lastError = message.length() > 300 ? message.substring(0, 300) : message;
        c.nextSyncAt = next();
        c.claimedUntil = null;
    }

    /** The interval, give or take a tenth, so connections added together do not all sync in the same second. */
    private Instant next() {
        long millis = config.calendar().syncInterval().toMillis();
        long jitter = millis / 10;
        return clock.instant().plusMillis(millis + (jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitter, jitter)));
    }
}
