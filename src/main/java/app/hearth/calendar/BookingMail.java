package app.hearth.calendar;

import app.hearth.meeting.Location;

/**
 * What the mail templates show for one booking message, already in the reader's zone.
 *
 * @param when         the call's time in the reader's zone, zone named
 * @param previousWhen the time before a reschedule, or null
 * @param manageUrl    the client's link to move or cancel, or null when it cannot be known
 * @param clientName   shown only to the therapist; null in the client's mails
 * @param location     where the call happens
 * @param intakeUrl    the pre-linked intake form the client is invited to complete, or null (sent, or none offered)
 */
public record BookingMail(Kind kind, String practiceName, String therapistName, String clientName, String when,
                          String previousWhen, String reference, String manageUrl, String publicUrl,
                          Location location, String intakeUrl) {

    public enum Kind {
        CONFIRMED, RESCHEDULED, CANCELLED, REMINDER, RELOCATED, REASSIGNED
    }

    /** The call keeps its time but is now with {@code therapistName}, the earlier therapist having left. */
    public boolean isReassigned() {
        return kind == Kind.REASSIGNED;
    }

    public boolean isRelocated() {
        return kind == Kind.RELOCATED;
    }

    /** How the call happens, in a sentence for the client. */
    public String how() {
        return location == null ? null : location.sentence(therapistName);
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
