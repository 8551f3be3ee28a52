package app.hearth.calendarsync;

import app.hearth.booking.BookingEvent;
import app.hearth.common.HearthConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes each booking into the CalDAV calendar its therapist chose for bookings: PUT with If-None-Match: * when it is
 * made, with If-Match and the current ETag when it moves, DELETE with If-Match when it is cancelled. It runs after
 * the booking has committed, on one background thread (so a booking never waits on a remote server and a booking's
 * changes reach the calendar in order). The event carries the minimum: "Discovery call HB-XXXX", no attendee and no
 * organizer (so no server sends invitations of its own), and a UID Hearth recognises when it reads the calendar back.
 * A failure is shown as the connection's last error.
 */
@ApplicationScoped
class BookingWriteBack {

    private static final Logger LOG = Logger.getLogger(BookingWriteBack.class);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One booking change as the calendar needs it; the entity stays behind in its transaction. */
    record Change(BookingEvent.Kind kind, Long therapistId, String reference, Instant start, Instant end) {
    }

    /** Where bookings of one connection go, with its credentials opened. */
    record Target(Long connectionId, String calendarHref, CalendarHttp.Login login) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "calendar-write-back");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    CalendarNetwork network;
    @Inject
    ConnectionSecrets secrets;
    @Inject
    HearthConfig config;
    @Inject
    Clock clock;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingEvent event) {
        Change change = new Change(event.kind(), event.booking().therapist.id, event.booking().reference,
                event.booking().startAt, event.booking().endAt);
        worker.submit(() -> write(change));
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }

    void write(Change change) {
        List<Target> targets = QuarkusTransaction.requiringNew().call(() -> targets(change.therapistId()));
        for (Target target : targets) {
            try {
                String href = target.calendarHref() + uid(change.reference()) + ".ics";
                CalendarHttp http = network.http();
                if (change.kind() == BookingEvent.Kind.CANCELLED) {
                    String etag = etag(http, href, target.login());
                    if (etag != null) {
                        expect(http.send("DELETE", href, target.login(), Map.of("If-Match", etag), null));
                    }
                } else {
                    String etag = change.kind() == BookingEvent.Kind.CREATED
                            || change.kind() == BookingEvent.Kind.REASSIGNED ? null : etag(http, href, target.login());
                    Map<String, String> headers = Map.of("Content-Type", "text/calendar; charset=utf-8",
                            etag == null ? "If-None-Match" : "If-Match", etag == null ? "*" : etag);
                    expect(http.send("PUT", href, target.login(), headers, ics(change)));
                }
            } catch (CalendarHttp.Failed e) {
                String message = "Writing booking " + change.reference() + " into your calendar failed: " + e.getMessage();
                QuarkusTransaction.requiringNew().run(() ->
                        CalendarConnection.update("lastError = ?1 where id = ?2", message, target.connectionId()));
            } catch (RuntimeException e) {
                LOG.warnf("writing booking %s to calendar connection %d failed (%s)", change.reference(),
                        target.connectionId(), e.getClass().getSimpleName());
            }
        }
    }

    private List<Target> targets(Long therapistId) {
        return CalendarConnection.ofTherapist(therapistId).stream()
                .filter(c -> c.kind == CalendarConnection.Kind.CALDAV)
                .flatMap(c -> ConnectedCalendar.of(c.id).stream().filter(k -> k.write)
                        .map(k -> new Target(c.id, k.href.endsWith("/") ? k.href : k.href + "/",
                                new CalendarHttp.Login(secrets.open(c.id, "username", c.usernameSealed),
                                        secrets.open(c.id, "password", c.passwordSealed)))))
                .toList();
    }

    private static String etag(CalendarHttp http, String href, CalendarHttp.Login login) throws CalendarHttp.Failed {
        CalendarHttp.Answer answer = http.send("GET", href, login, Map.of(), null);
        return answer.status() == 200 ? answer.etag() : null;
    }

    private static void expect(CalendarHttp.Answer answer) throws CalendarHttp.Failed {
        if (answer.status() < 200 || answer.status() > 299) {
            throw new CalendarHttp.Failed("the CalDAV server answered " + answer.status() + ".");
        }
    }

    /** Stable for the booking's life, and of the form {@link CalendarReader} skips as Hearth's own. */
    String uid(String reference) {
        String host = URI.create(config.publicUrl()).getHost();
        return "booking-" + reference.toLowerCase(Locale.ROOT) + "-caldav@" + (host == null ? "localhost" : host);
    }

    String ics(Change change) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hearth//Discovery calls 1.0//EN",
                "BEGIN:VEVENT", "UID:" + uid(change.reference()), "DTSTAMP:" + UTC.format(clock.instant()),
                "DTSTART:" + UTC.format(change.start()), "DTEND:" + UTC.format(change.end()),
                "SUMMARY:Discovery call " + change.reference(), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR", "");
    }
}
