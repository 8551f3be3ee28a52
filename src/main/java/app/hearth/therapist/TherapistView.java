package app.hearth.therapist;

import java.util.List;

/** A therapist's public profile as the API shows it. */
public record TherapistView(String slug, String name, String pronouns, String credentials, String bio,
                            String photoUrl, String timezone, List<String> specialties, List<String> languages,
                            boolean acceptingNewClients) {

    public static TherapistView of(Therapist t) {
        return new TherapistView(t.slug, t.name, t.pronouns, t.credentials, t.bio, t.photoUrl, t.timezone,
                t.specialties, t.languages, t.acceptingNewClients);
    }

    /** The biography's paragraphs (split at blank lines), so the page keeps them apart without any markup. */
    public List<String> bioParagraphs() {
        return bio == null ? List.of() : java.util.Arrays.stream(bio.strip().split("\\R\\s*\\R"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The short reference used inside slots and bookings. */
    public record Ref(String slug, String name) {
        public static Ref of(Therapist t) {
            return new Ref(t.slug, t.name);
        }
    }
}
