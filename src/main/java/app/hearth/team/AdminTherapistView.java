package app.hearth.team;

import app.hearth.auth.User;
import app.hearth.therapist.BookingPolicy;
import app.hearth.therapist.Therapist;

import java.util.List;

/** A therapist as the admin API shows it: the public profile plus state, policy and login email. */
record AdminTherapistView(Long id, String slug, String name, String pronouns, String credentials, String bio,
                                 String photoUrl, String timezone, String email, List<String> specialties, List<String> languages,
                                 boolean acceptingNewClients, boolean active, BookingPolicy bookingPolicy,
                                 String loginEmail) {

    static AdminTherapistView of(Therapist t, User login) {
        return new AdminTherapistView(t.id, t.slug, t.name, t.pronouns, t.credentials, t.bio, t.photoUrl, t.timezone,
                t.email, t.specialties, t.languages, t.acceptingNewClients, t.active, t.policy(),
                login == null || !login.active ? null : login.email);
    }
}
