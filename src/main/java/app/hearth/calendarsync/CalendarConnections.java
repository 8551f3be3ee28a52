package app.hearth.calendarsync;

import app.hearth.availability.AvailabilityChanged;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.Problem.FieldError;
import app.hearth.common.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A therapist's connections: add (checked and sealed), choose calendars, remove, list. Syncing is {@link CalendarSync}'s. */
@ApplicationScoped
public class CalendarConnections {

    @Inject
    ConnectionSecrets secrets;
    @Inject
    CalendarNetwork network;
    @Inject
    Clock clock;
    @Inject
    Event<AvailabilityChanged> availabilityChanged;

    @Transactional
    public List<ConnectionView> list(Long therapistId) {
        return CalendarConnection.ofTherapist(therapistId).stream()
                .map(c -> ConnectionView.of(c, ConnectedCalendar.of(c.id))).toList();
    }

    @Transactional
    public ConnectionView view(Long therapistId, Long id) {
        CalendarConnection c = owned(therapistId, id);
        return ConnectionView.of(c, ConnectedCalendar.of(c.id));
    }

    /** Checks and stores a new connection (PENDING); the caller syncs it once this transaction has committed. */
    @Transactional
    public Long add(Long therapistId, CalendarRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String kind = request.kind().strip().toLowerCase(Locale.ROOT);
        if (!Set.of("ics", "caldav").contains(kind)) {
            errors.add(new FieldError("kind", "must be ics or caldav"));
        }
        URI address = null;
        try {
            address = network.guard().check(request.url());
        } catch (AddressGuard.Refused e) {
            errors.add(new FieldError("url", e.getMessage()));
        }
        boolean caldav = "caldav".equals(kind);
        if (caldav && (request.username() == null || request.username().isBlank())) {
            errors.add(new FieldError("username", "is needed for a CalDAV account"));
        }
        if (caldav && (request.password() == null || request.password().isEmpty())) {
            errors.add(new FieldError("password", "is needed for a CalDAV account (an app password)"));
        }
        for (String[] field : new String[][] {{"username", request.username()}, {"password", request.password()}}) {
            if (field[1] != null && (field[1].length() > 200 || !TextRules.isSingleLine(field[1]))) {
                errors.add(new FieldError(field[0], "must be one line of at most 200 characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CalendarConnection c = new CalendarConnection();
        c.therapistId = therapistId;
        c.kind = caldav ? CalendarConnection.Kind.CALDAV : CalendarConnection.Kind.ICS;
        c.addressHint = address.getScheme().toLowerCase(Locale.ROOT) + "://" + address.getHost()
                + (address.getPort() > 0 ? ":" + address.getPort() : "");
        c.state = CalendarConnection.State.PENDING;
        c.createdAt = clock.instant();
        c.nextSyncAt = c.createdAt;
        c.persistAndFlush();
        // sealed once the row has its id, which every sealed value is bound to
        c.addressSealed = secrets.seal(c.id, "address", address.toString());
        if (caldav) {
            c.usernameSealed = secrets.seal(c.id, "username", request.username().strip());
            c.passwordSealed = secrets.seal(c.id, "password", request.password());
        }
        return c.id;
    }

    @Transactional
    public ConnectionView choose(Long therapistId, Long id, CalendarChoice choice) {
        CalendarConnection c = owned(therapistId, id);
        List<ConnectedCalendar> calendars = ConnectedCalendar.of(c.id);
        Set<String> known = new java.util.HashSet<>(calendars.stream().map(k -> k.href).toList());
        List<FieldError> errors = new ArrayList<>();
        List<String> busy = choice.busy() == null ? List.of() : choice.busy();
        if (c.kind == CalendarConnection.Kind.ICS && !busy.isEmpty()) {
            errors.add(new FieldError("busy", "an ICS subscription is one calendar, always read as busy"));
        }
        if (choice.whenStale() != null && !Set.of("keep", "stop").contains(choice.whenStale())) {
            errors.add(new FieldError("whenStale", "must be keep or stop"));
        }
        if (choice.transparentBusy() != null) {
            choice.transparentBusy().stream().filter(href -> !known.contains(href)).findFirst().ifPresent(href ->
                    errors.add(new FieldError("transparentBusy", "names a calendar this account does not have")));
        }
        busy.stream().filter(href -> !known.contains(href)).findFirst()
                .ifPresent(href -> errors.add(new FieldError("busy", "names a calendar this account does not have")));
        if (choice.write() != null && !known.contains(choice.write())) {
            errors.add(new FieldError("write", "names a calendar this account does not have"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        for (ConnectedCalendar k : calendars) {
            if (choice.busy() != null) {
                k.busy = busy.contains(k.href);
                k.write = k.href.equals(choice.write());
            }
            if (choice.transparentBusy() != null) {
                k.transparentBusy = choice.transparentBusy().contains(k.href);
            }
        }
        // what is read changed: the next sync reads every busy calendar in full, whatever its tag says
        calendars.forEach(k -> k.ctag = null);
        if (choice.clientNameInTitle() != null) {
            c.clientNameInTitle = choice.clientNameInTitle();
        }
        if (choice.whenStale() != null) {
            c.stopWhenStale = "stop".equals(choice.whenStale());
            // stale busy time may start or stop blocking at once
            availabilityChanged.fire(new AvailabilityChanged(therapistId));
        }
        // what counts as busy changed: the next sync reads the new set, and it is due now
        c.nextSyncAt = clock.instant();
        return ConnectionView.of(c, calendars);
    }

    @Transactional
    public void remove(Long therapistId, Long id) {
        CalendarConnection c = owned(therapistId, id);
        BusyStore.clear(c.id);
        ConnectedCalendar.delete("connectionId", c.id);
        c.delete();
        availabilityChanged.fire(new AvailabilityChanged(therapistId));
    }

    private static CalendarConnection owned(Long therapistId, Long id) {
        CalendarConnection c = id == null ? null : CalendarConnection.owned(therapistId, id);
        if (c == null) {
            throw new NotFoundException("No calendar connection with that id is yours.");
        }
        return c;
    }
}
