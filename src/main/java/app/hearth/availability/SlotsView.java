package app.hearth.availability;

import app.hearth.therapist.TherapistView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Free discovery-call times as the API and the booking pages show them: sorted by start, in one zone. */
public record SlotsView(String timezone, int durationMinutes, List<OpenSlot> slots) {

    /** One free time, its local date and time in the view's zone, and who is free then. */
    public record OpenSlot(Instant start, Instant end, LocalDate localDate, String localTime,
                           List<TherapistView.Ref> therapists) {
    }
}
