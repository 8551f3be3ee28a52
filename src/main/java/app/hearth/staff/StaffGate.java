package app.hearth.staff;

import app.hearth.therapist.Therapist;
import java.util.List;
import app.hearth.auth.RecentAuthentication;
import app.hearth.auth.SecondFactorPolicy;
import app.hearth.auth.SignInStage;
import app.hearth.auth.StaffSessions;
import app.hearth.auth.User;
import app.hearth.common.HearthConfig;
import app.hearth.common.NotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import app.hearth.seal.FormPurpose;
import app.hearth.seal.FormTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;

/**
 * The door of every staff page: reads the session cookie, sends a visitor without a live session to sign-in and a
 * half-signed-in one to the step they still owe (second factor, enrolment), and issues and checks the form tokens
 * that bind each staff form to its session, and builds the layout data every staff page shows.
 */
@ApplicationScoped
public class StaffGate {

    public static final String COOKIE = "hearth_staff";
    static final FormPurpose STAFF_FORM = new FormPurpose("staff", java.time.Duration.ofHours(12));

    @Inject
    StaffSessions sessions;
    @Inject
    FormTokens forms;
    @Inject
    HearthConfig config;
    @Inject
    SecondFactorPolicy policy;
    @Inject
    Clock clock;

    /** The layout data of a page before sign-in. */
    StaffPage anonymousPage(String title, String formToken) {
        return new StaffPage(title, config.practiceName(), null, formToken, null, List.of(), 0, false);
    }

    /** The layout data of a signed-in page: who is signed in, the form token, the idle timeout, the admin's menu. */
    public StaffPage page(String title, StaffSessions.Current session) {
        User user = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(session.userId()));
        return new StaffPage(title, config.practiceName(), user.email, formToken(session), null, List.of(),
                config.staff().idleTimeout().toSeconds(), user.admin);
    }

    /** The signed-in person's therapist profile; an account without one has no workspace pages (404). */
    public Therapist therapist(StaffSessions.Current session) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Therapist therapist = User.<User>findById(session.userId()).therapist;
            if (therapist == null) {
                throw new NotFoundException("This account is not linked to a therapist.");
            }
            // loaded now, so the detached profile can be read after this transaction
            org.hibernate.Hibernate.initialize(therapist);
            return (Therapist) org.hibernate.Hibernate.unproxy(therapist);
        });
    }

    /** A session at one of the allowed stages, or a redirect (thrown) to where this visitor must go. */
    StaffSessions.Current require(String cookie, Set<SignInStage> allowed) {
        StaffSessions.Current current = sessions.find(cookie).orElseThrow(() -> redirect("/staff/sign-in", cookie != null));
        if (!allowed.contains(current.stage())) {
            throw redirect(switch (current.stage()) {
                case SECOND_FACTOR -> "/staff/sign-in/code";
                case ENROLMENT -> "/staff/enrol";
                case SIGNED_IN -> "/staff";
            }, false);
        }
        if (current.stage() == SignInStage.SIGNED_IN && !allowed.contains(SignInStage.ENROLMENT)
                && QuarkusTransaction.requiringNew().call(() -> policy.mustEnrol(User.findById(current.userId())))) {
            // the practice came to require a second factor after this session began: nothing else until it is set up
            throw redirect("/staff/enrol", false);
        }
        return current;
    }

    public StaffSessions.Current signedIn(String cookie) {
        return require(cookie, Set.of(SignInStage.SIGNED_IN));
    }

    /**
     * A signed-in admin's session for the practice console. Anyone else signed in gets the 404 page, so the console's
     * addresses reveal nothing; an admin is signed in only after their second factor (SecondFactorPolicy).
     */
    public StaffSessions.Current admin(String cookie) {
        StaffSessions.Current current = signedIn(cookie);
        boolean admin = QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findById(current.userId());
            return user != null && user.active && user.admin;
        });
        if (!admin) {
            throw new NotFoundException("There is no such page.");
        }
        return current;
    }

    /**
     * The re-authentication rule for staff pages, in this one place: unless the session gave a password, code or
     * passkey within {@link RecentAuthentication#WINDOW}, the visitor is sent to confirm it and then back to
     * {@code back} (the page holding the action, so they repeat it knowingly).
     */
    public void requireRecent(StaffSessions.Current session, String back) {
        if (!RecentAuthentication.isRecent(session.authenticatedAt(), clock.instant())) {
            throw redirect("/staff/reauthenticate?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8), false);
        }
    }

    /** Where a re-authentication may return to: a staff page of this site, never another site. */
    static String safeReturn(String next) {
        return next != null && next.startsWith("/staff") && !next.startsWith("//") && !next.contains("\\")
                && next.chars().noneMatch(c -> c < 0x21 || c == 0x7f) ? next : "/staff/account";
    }

    public String formToken(StaffSessions.Current session) {
        return forms.issue(STAFF_FORM, session.idHash());
    }

    /** Refuses (403 page) a form whose token is missing, expired, or from another session or form. */
    public void checkForm(StaffSessions.Current session, String token) {
        forms.check(STAFF_FORM, session.idHash(), token);
    }

    /** The session cookie: HttpOnly, SameSite=Strict, only under /staff, Secure when the public URL is https. */
    NewCookie cookie(String value) {
        return new NewCookie.Builder(COOKIE).value(value).path("/staff").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).secure(config.publicUrl().startsWith("https:")).build();
    }

    NewCookie clearedCookie() {
        return new NewCookie.Builder(COOKIE).value("").path("/staff").httpOnly(true).maxAge(0)
                .sameSite(NewCookie.SameSite.STRICT).secure(config.publicUrl().startsWith("https:")).build();
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private Redirect redirect(String path, boolean clearCookie) {
        Response.ResponseBuilder answer = Response.seeOther(URI.create(path));
        if (clearCookie) {
            answer.cookie(clearedCookie());
        }
        return new Redirect(answer.build());
    }

    /** Sends the visitor elsewhere (sign-in, the step they owe); answered as it is, never as a problem. */
    static final class Redirect extends RuntimeException {
        final transient Response response;

        Redirect(Response response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    @ServerExceptionMapper
    Response redirect(Redirect redirect) {
        return redirect.response;
    }
}
