package app.hearth.calendarsync;

import app.hearth.common.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Which calendars of a CalDAV account count as busy, and the one (or none) bookings are written into;
 * {@code clientNameInTitle} puts the client's name in the title of written bookings (absent: left as it was).
 */
public record CalendarChoice(@NotNull @Size(max = 100) List<@NotNull @PlainText String> busy, @PlainText String write,
                             Boolean clientNameInTitle) {
}
