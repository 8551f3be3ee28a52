package app.hearth.calendarsync;

import java.time.Instant;
import java.util.List;

/**
 * A connection as its therapist sees it: never the password, the username or the full address (an ICS address is
 * itself the secret), only the scheme and host.
 */
public record ConnectionView(Long id, String kind, String address, String state, Instant lastSyncAt, String lastError,
                             boolean clientNameInTitle, String whenStale, List<CalendarView> calendars) {

    /** One calendar of a CalDAV account: whether it counts as busy and whether bookings are written into it. */
    public record CalendarView(String href, String name, boolean busy, boolean write, boolean transparentBusy) {
    }

    static ConnectionView of(CalendarConnection c, List<ConnectedCalendar> calendars) {
        return new ConnectionView(c.id, c.kind.name().toLowerCase(java.util.Locale.ROOT), c.addressHint, c.state.name(),
                c.lastSyncAt, c.lastError, c.clientNameInTitle, c.stopWhenStale ? "stop" : "keep",
                calendars.stream().map(k -> new CalendarView(k.href, k.name, k.busy, k.write, k.transparentBusy)).toList());
    }
}
