package app.hearth.calendar;

/**
 * What the mail templates show for one booking message, already in the reader's zone.
 *
 * @param when         the call's time in the reader's zone, zone named
 * @param previousWhen the time before a reschedule, or null
 * @param manageUrl    the client's link to move or cancel, or null when it cannot be known
 * @param clientName   shown only to the therapist; null in the client's mails
 */
public record BookingMail(Kind kind, String practiceName, String therapistName, String clientName, String when,
                          String previousWhen, String reference, String manageUrl, String publicUrl) {

    public enum Kind {
        CONFIRMED, RESCHEDULED, CANCELLED, REMINDER
    }

    public boolean isConfirmed() {
        return kind == Kind.CONFIRMED;
    }

    public boolean isRescheduled() {
        return kind == Kind.RESCHEDULED;
    }

    public boolean isCancelled() {
        return kind == Kind.CANCELLED;
    }

    public boolean isReminder() {
        return kind == Kind.REMINDER;
    }

    /** The booking's page in the therapist's workspace (publicUrl ends with a slash). */
    public String staffUrl() {
        return publicUrl + "staff/bookings/" + reference;
    }
}
