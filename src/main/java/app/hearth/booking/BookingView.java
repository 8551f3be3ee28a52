package app.hearth.booking;

import app.hearth.meeting.Location;
import app.hearth.therapist.TherapistView;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * A booking as its client sees it. The manage token appears once, in the answer to the create; later
 * views are reached with it and do not repeat it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BookingView(String reference, BookingStatus status, Instant start, Instant end, String timezone,
                          TherapistView.Ref therapist, Client client, String message, String cancelReason,
                          String manageToken, String manageUrl, Boolean changeable, Boolean detailsUnreadable,
                          Location location, String intakeUrl, Boolean intakeDone) {

    /** The client's own details, shown only to the holder of the manage token. */
    public record Client(String name, String email, String phone) {
    }

    static BookingView created(Booking b, String token, String manageUrl, Location location, String intakeUrl) {
        return new BookingView(b.reference, b.status, b.startAt, b.endAt, b.clientTimezone,
                TherapistView.Ref.of(b.therapist), null, null, null, token, manageUrl, null, null, location,
                intakeUrl, null);
    }

    /** @param intakeUrl the pre-linked intake form, null once sent or when none is offered */
    static BookingView forManager(Booking b, BookingSeal.Details details, String manageUrl, boolean changeable,
                                  Location location, String intakeUrl, boolean intakeDone) {
        return new BookingView(b.reference, b.status, b.startAt, b.endAt, b.clientTimezone,
                TherapistView.Ref.of(b.therapist), new Client(b.clientName, b.clientEmail, details.phone()),
                details.message(), b.cancelReason, null, manageUrl, changeable, details.unreadableFlag(), location,
                intakeUrl, intakeDone);
    }
}
