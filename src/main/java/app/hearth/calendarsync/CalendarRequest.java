package app.hearth.calendarsync;

import app.hearth.common.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new connection: {kind: "ics", url} or {kind: "caldav", url, username, password}. */
public record CalendarRequest(@NotBlank @PlainText String kind, @NotBlank @PlainText @Size(max = 2000) String url,
                              @PlainText @Size(max = 200) String username, @PlainText @Size(max = 200) String password) {
}
