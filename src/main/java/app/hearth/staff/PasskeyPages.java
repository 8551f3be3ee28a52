package app.hearth.staff;

import app.hearth.auth.LoginService;
import app.hearth.auth.Passkeys;
import app.hearth.auth.SignInStage;
import app.hearth.auth.StaffSessions;
import app.hearth.common.PlainText;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adding a passkey, from the account page or as the second factor an account must enrol after its password. It
 * changes how the account is protected, so a signed-in session must have authenticated within the last five
 * minutes; the forced enrolment has just checked the password. (Removing one is on the account page.)
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
public class PasskeyPages {

    private static final Set<SignInStage> WHO = Set.of(SignInStage.ENROLMENT, SignInStage.SIGNED_IN);
    private static final String ADD = "/staff/passkeys/new";

    @Inject
    StaffSessions sessions;
    @Inject
    LoginService logins;
    @Inject
    Passkeys passkeys;
    @Inject
    StaffGate gate;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance add(StaffPage page, Passkeys.Ceremony passkey, boolean forced);
    }

    @GET
    @Path("passkeys/new")
    public Response form(@CookieParam(StaffGate.COOKIE) String cookie) {
        StaffSessions.Current session = gate.require(cookie, WHO);
        recentUnlessForced(session);
        return page(session, List.of(), 200);
    }

    @POST
    @Path("passkeys")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                        @FormParam("name") @Size(max = 60) @PlainText String name,
                        @FormParam("clientDataJSON") String clientDataJSON,
                        @FormParam("attestationObject") String attestationObject,
                        @FormParam("transports") String transports) {
        StaffSessions.Current session = gate.require(cookie, WHO);
        gate.checkForm(session, formToken);
        recentUnlessForced(session);
        Optional<String> refused = passkeys.register(session.userId(), name, clientDataJSON, attestationObject,
                transports);
        if (refused.isPresent()) {
            return page(session, List.of(new StaffPage.FieldError("name", "Passkey", refused.get())), 400);
        }
        if (session.stage() == SignInStage.ENROLMENT) {
            logins.markSignedIn(session.userId());
            String signedIn = sessions.advance(cookie, session.userId(), SignInStage.SIGNED_IN);
            return Response.fromResponse(StaffGate.seeOther("/staff")).cookie(gate.cookie(signedIn)).build();
        }
        return StaffGate.seeOther("/staff/account?done=passkey");
    }

    private void recentUnlessForced(StaffSessions.Current session) {
        if (session.stage() == SignInStage.SIGNED_IN) {
            gate.requireRecent(session, ADD);
        }
    }

    private Response page(StaffSessions.Current session, List<StaffPage.FieldError> errors, int status) {
        boolean forced = session.stage() == SignInStage.ENROLMENT;
        StaffPage page = forced ? gate.anonymousPage("Add a passkey", gate.formToken(session))
                : gate.page("Add a passkey", session);
        return Response.status(status).entity(Templates.add(page.withErrors(errors),
                passkeys.registration(session.userId()), forced)).build();
    }
}
