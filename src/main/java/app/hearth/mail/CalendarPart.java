package app.hearth.mail;

import java.util.Objects;

/**
 * An iCalendar attachment as mail carries it: the text (already validated by whoever wrote it) and its iTIP
 * method (REQUEST, CANCEL, PUBLISH), which names the MIME part's method parameter.
 */
public record CalendarPart(String ics, String method) {

    public CalendarPart {
        Objects.requireNonNull(ics, "ics");
        Objects.requireNonNull(method, "method");
    }
}
