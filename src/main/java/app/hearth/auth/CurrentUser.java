package app.hearth.auth;

import app.hearth.common.NotFoundException;
import app.hearth.therapist.Therapist;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from the verified token: resources act on this user's own data only. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken jwt;

    private User user;

    public Long userId() {
        String subject = jwt.getSubject();
        if (subject == null) {
            throw new UnauthorizedException();
        }
        try {
            return Long.valueOf(subject);
        } catch (NumberFormatException e) {
            throw new UnauthorizedException();
        }
    }

    /** The caller's account, loaded once per request. */
    public User user() {
        if (user == null) {
            User found = User.findById(userId());
            if (found == null || !found.active) {
                throw new UnauthorizedException();
            }
            user = found;
        }
        return user;
    }

    /** The therapist the caller is linked to. */
    public Therapist therapist() {
        Therapist therapist = user().therapist;
        if (therapist == null) {
            throw new NotFoundException("This account is not linked to a therapist.");
        }
        return therapist;
    }
}
