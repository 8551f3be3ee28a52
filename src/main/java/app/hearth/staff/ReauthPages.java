package app.hearth.staff;

import app.hearth.auth.LoginService;
import app.hearth.auth.Passkeys;
import app.hearth.auth.StaffSessions;
import app.hearth.auth.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * "Confirm it's you": before a sensitive action a session whose last password, code or passkey is older than five
 * minutes comes here (StaffGate sends it), proves itself again, and goes back to the page it came from.
 */
@Path("/staff/reauthenticate")
@Produces(MediaType.TEXT_HTML)
public class ReauthPages {

    @Inject
    StaffSessions sessions;
    @Inject
    Passkeys passkeys;
    @Inject
    LoginService logins;
    @Inject
    StaffGate gate;

    /** What the page offers: the way back, and whether the account has an authenticator app besides its password. */
    record Reauth(String next, boolean hasTotp) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reauth(StaffPage page, Reauth reauth, Passkeys.Ceremony passkey);
    }

    @GET
    public Response form(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("next") String next) {
        StaffSessions.Current session = gate.signedIn(cookie);
        return page(session, StaffGate.safeReturn(next), List.of(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                            @FormParam("next") String next, @FormParam("password") String password,
                            @FormParam("code") String code) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, formToken);
        String back = StaffGate.safeReturn(next);
        if (logins.reauthenticate(session.userId(), password, code)) {
            sessions.reauthenticated(session.idHash(), session.userId(),
                    code == null || code.isBlank() ? "password" : "code");
            return StaffGate.seeOther(back);
        }
        boolean byCode = code != null && !code.isBlank();
        StaffPage.FieldError error = byCode
                ? new StaffPage.FieldError("code", "Code", "The code is not correct or was already used.")
                : new StaffPage.FieldError("password", "Password", "The password is not correct. If you entered it "
                + "wrongly several times, wait a little or use a code from your authenticator app.");
        return page(session, back, List.of(error), 401);
    }

    @POST
    @Path("passkey")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmByPasskey(@CookieParam(StaffGate.COOKIE) String cookie,
                                     @FormParam("formToken") String formToken, @FormParam("next") String next,
                                     @BeanParam PasskeyAnswer answer) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, formToken);
        String back = StaffGate.safeReturn(next);
        if (passkeys.verifyFor(session.userId(), answer.assertion(), true)) {
            sessions.reauthenticated(session.idHash(), session.userId(), "passkey");
            return StaffGate.seeOther(back);
        }
        return page(session, back, List.of(new StaffPage.FieldError("password", "Passkey",
                "The passkey was not accepted. Try again, or confirm with your password.")), 401);
    }

    Response page(StaffSessions.Current session, String back, List<StaffPage.FieldError> errors, int status) {
        boolean hasTotp = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(session.userId()).hasTotp());
        StaffPage page = gate.page("Confirm it's you", session).withErrors(errors);
        Passkeys.Ceremony passkey = passkeys.any(session.userId()) ? passkeys.forAccount(session.userId(), true) : null;
        return Response.status(status).entity(Templates.reauth(page, new Reauth(back, hasTotp), passkey)).build();
    }
}
