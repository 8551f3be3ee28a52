package app.hearth.booking;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How a therapist's calls happen, as sent to and read from /api/me/meeting. */
public final class MeetingSettings {

    private MeetingSettings() {
    }

    /**
     * A change: the kind, a fixed room's https address, the intake form offered (null: the practice's default,
     * "none": none), whether moved calls get a new generated room, and whether upcoming calls follow the change.
     */
    public record Change(@NotBlank String kind, @Size(max = 500) String url, @Size(max = 80) String intakeForm,
                         Boolean renewRoomOnReschedule, Boolean applyToUpcoming) {
    }

    /**
     * The current choice; {@code address} is the practice's for in-person calls, {@code upcomingUpdated} how many
     * upcoming calls were moved to the new place (answers to a change only).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(String kind, String url, String address, String intakeForm, boolean renewRoomOnReschedule,
                       boolean practiceDefault, Integer upcomingUpdated) {
    }
}
