package app.hearth.staff;

import app.hearth.auth.LoginService;
import app.hearth.auth.SignInStage;
import app.hearth.auth.StaffSessions;
import app.hearth.auth.TotpFactor;
import app.hearth.auth.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * TOTP enrolment: a QR code and the secret in text, confirmed by a first code, then ten recovery codes shown once.
 * An account that must enrol lands here right after its password and can reach nothing else first; a signed-in
 * person comes here from the account page to set up or replace the factor (with the current password).
 */
@Path("/staff/enrol")
@Produces(MediaType.TEXT_HTML)
public class EnrolPages {

    private static final Set<SignInStage> WHO = Set.of(SignInStage.ENROLMENT, SignInStage.SIGNED_IN);

    @Inject
    StaffSessions sessions;
    @Inject
    TotpFactor totp;
    @Inject
    LoginService logins;
    @Inject
    StaffGate gate;

    /** The enrolment as the page shows it. */
    record Setup(String qr, String secret, boolean replacing, boolean forced) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance enrol(StaffPage page, Setup setup);

        static native TemplateInstance codes(StaffPage page, List<String> codes);
    }

    @GET
    public Response form(@CookieParam(StaffGate.COOKIE) String cookie) {
        StaffSessions.Current session = gate.require(cookie, WHO);
        recentUnlessForced(session);
        return page(session, List.of(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                            @FormParam("code") String code) {
        StaffSessions.Current session = gate.require(cookie, WHO);
        gate.checkForm(session, formToken);
        recentUnlessForced(session);
        List<StaffPage.FieldError> errors = new ArrayList<>();
        List<String> recovery = totp.confirm(session.userId(), code);
        if (recovery.isEmpty()) {
            errors.add(new StaffPage.FieldError("code", "Code", "The code does not match. Check that the time on "
                    + "your device is right and enter the newest code."));
        }
        if (!errors.isEmpty()) {
            return page(session, errors, 400);
        }
        Response.ResponseBuilder answer = Response.ok();
        StaffSessions.Current shown = session;
        if (session.stage() == SignInStage.ENROLMENT) {
            logins.markSignedIn(session.userId());
            String signedIn = sessions.advance(cookie, session.userId(), SignInStage.SIGNED_IN);
            answer.cookie(gate.cookie(signedIn));
            shown = sessions.find(signedIn).orElseThrow();
        }
        return answer.entity(Templates.codes(gate.page("Your recovery codes", shown), recovery)).build();
    }

    /** Setting up or replacing a factor from the account is sensitive; the forced first enrolment just gave a password. */
    private void recentUnlessForced(StaffSessions.Current session) {
        if (session.stage() == SignInStage.SIGNED_IN) {
            gate.requireRecent(session, "/staff/enrol");
        }
    }

    private Response page(StaffSessions.Current session, List<StaffPage.FieldError> errors, int status) {
        TotpFactor.Enrolment enrolment = totp.pendingOrStart(session.userId());
        boolean replacing = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(session.userId()).hasTotp());
        boolean forced = session.stage() == SignInStage.ENROLMENT;
        StaffPage page = forced ? gate.anonymousPage("Set up your authenticator app", gate.formToken(session))
                : gate.page("Set up your authenticator app", session);
        Setup setup = new Setup(QrSvg.dataUri(enrolment.otpauthUri()), grouped(enrolment.secret()), replacing, forced);
        return Response.status(status).entity(Templates.enrol(page.withErrors(errors), setup)).build();
    }

    /** The secret in groups of four, easier to type; authenticator apps ignore the spaces. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
