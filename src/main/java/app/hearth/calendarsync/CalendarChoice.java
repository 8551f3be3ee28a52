package app.hearth.calendarsync;

import app.hearth.common.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Which calendars of a CalDAV account count as busy, the one (or none) bookings are written into, and those whose
 * free events count as busy too ({@code transparentBusy}); {@code clientNameInTitle} puts the client's name in the
 * title of written bookings; {@code whenStale} ("keep" or "stop") says whether busy time keeps blocking once it is
 * older than HEARTH_CALENDAR_STALE_AFTER. An absent optional field leaves its setting as it was.
 */
public record CalendarChoice(@Size(max = 100) List<@NotNull @PlainText String> busy, @PlainText String write,
                             Boolean clientNameInTitle, @Size(max = 100) List<@NotNull @PlainText String> transparentBusy,
                             @PlainText String whenStale) {
}
