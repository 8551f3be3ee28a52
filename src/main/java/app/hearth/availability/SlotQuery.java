package app.hearth.availability;

/**
 * A question for free times, as a visitor or the API asks it: a therapist's slug or "any" (blank means any),
 * the first and last dates (YYYY-MM-DD, blank for today and 13 days on) and the IANA zone to read them in
 * (blank for the therapist's, or the practice's for "any"). AvailabilityService checks each part.
 */
public record SlotQuery(String therapist, String from, String to, String timezone) {

    boolean isAny() {
        return therapist == null || therapist.isBlank() || therapist.equals("any");
    }
}
