package app.hearth.booking;

import app.hearth.common.HearthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneId;

/** Builds the summary of a booked call its confirmation and manage pages show, from the booking's client answer. */
@ApplicationScoped
class CallSummaries {

    @Inject
    SlotPickers pickers;
    @Inject
    HearthConfig config;

    CallSummary of(BookingView booking, String token, ZoneId zone) {
        String therapist = booking.therapist().name();
        String title = "Discovery call with " + therapist + " (" + config.practiceName() + ")";
        String how = booking.location() == null ? null : booking.location().sentence(therapist);
        String details = "A free 15-minute discovery call with " + therapist + " of " + config.practiceName() + ". "
                + (how == null ? "" : how + " ") + "Reference " + booking.reference() + ".";
        CalendarLinks.Call call = new CalendarLinks.Call(title, booking.start(), booking.end(), zone,
                booking.location() == null ? "" : booking.location().calendarText(), details);
        return new CallSummary(booking.reference(), booking.start(), pickers.describe(booking.start(), zone), therapist,
                booking.client() == null ? null : booking.client().email(), booking.manageUrl(), booking.location(),
                how, booking.intakeUrl(), Boolean.TRUE.equals(booking.intakeDone()),
                "/api/bookings/manage/" + token + "/invite.ics", CalendarLinks.google(call), CalendarLinks.outlook(call),
                booking.status() == BookingStatus.CONFIRMED);
    }
}
