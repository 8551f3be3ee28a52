package app.hearth.calendar;

import app.hearth.mail.CalendarPart;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.validate.ValidationException;

import java.io.IOException;
import java.io.StringWriter;

/** A calendar as iCalendar text: CRLF line ends and long lines folded by iCal4j's outputter. */
final class IcsText {

    private IcsText() {
    }

    public static String of(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("cannot write the calendar", e);
        }
        return out.toString();
    }

    /** The calendar validated (iTIP included) and written as a mail attachment; an invalid one is a bug and throws. */
    public static CalendarPart mailPart(Calendar calendar) {
        CalendarValidation.requireValid(calendar);
        return new CalendarPart(of(calendar), calendar.getProperty(Property.METHOD)
                .map(Property::getValue).orElse("PUBLISH"));
    }
}
