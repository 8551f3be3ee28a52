package app.hearth.staff;

import app.hearth.auth.PasswordRules;
import app.hearth.auth.SecondFactorPolicy;
import app.hearth.auth.SignInStage;
import app.hearth.auth.StaffSessions;
import app.hearth.auth.User;
import app.hearth.common.Secrets;
import app.hearth.seal.FormPurpose;
import app.hearth.seal.FormTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The pages behind mailed links and the request for one: accept an invitation (choose a password, then enrol where
 * required), ask for a reset link (always the same answer), and choose a new password from it.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
public class LinkPages {

    static final FormPurpose LINK_FORM = new FormPurpose("staff-link", Duration.ofHours(1));
    static final FormPurpose FORGOT_FORM = new FormPurpose("staff-forgot", Duration.ofHours(2));

    @Inject
    StaffInvitations invitations;
    @Inject
    PasswordReset resets;
    @Inject
    PasswordRules rules;
    @Inject
    SecondFactorPolicy policy;
    @Inject
    StaffSessions sessions;
    @Inject
    StaffGate gate;
    @Inject
    FormTokens forms;

    /** A choose-a-password form: where it posts and what the page says it is for. */
    record Choose(String action, String intro) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(StaffPage page, Choose choose);

        static native TemplateInstance forgot(StaffPage page, boolean sent);

        static native TemplateInstance gone(StaffPage page);
    }

    @GET
    @Path("invitation/{token}")
    public Response invitation(@PathParam("token") String token) {
        return invitations.holder(token).isPresent() ? choose(token, "invitation", List.of(), 200) : gone();
    }

    @POST
    @Path("invitation/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("token") String token, @FormParam("formToken") String formToken,
                           @FormParam("password") String password) {
        forms.check(LINK_FORM, Secrets.hash(token), formToken);
        Optional<Long> userId = invitations.holder(token);
        if (userId.isEmpty()) {
            return gone();
        }
        Optional<Response> refused = refusedPassword(token, "invitation", password);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!invitations.accept(token, password)) {
            return gone();
        }
        boolean mustEnrol = QuarkusTransaction.requiringNew().call(() -> policy.mustEnrol(User.findById(userId.get())));
        SignInStage stage = mustEnrol ? SignInStage.ENROLMENT : SignInStage.SIGNED_IN;
        return Response.fromResponse(StaffGate.seeOther(mustEnrol ? "/staff/enrol" : "/staff"))
                .cookie(gate.cookie(sessions.start(userId.get(), stage))).build();
    }

    @GET
    @Path("forgot")
    public TemplateInstance forgotForm() {
        return Templates.forgot(gate.anonymousPage("Forgot your password?", forms.issue(FORGOT_FORM, "forgot")), false);
    }

    @POST
    @Path("forgot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance forgot(@FormParam("formToken") String formToken, @FormParam("email") String email,
                                   @Context HttpServerRequest http) {
        forms.check(FORGOT_FORM, "forgot", formToken);
        resets.request(email, http.remoteAddress().hostAddress());
        return Templates.forgot(gate.anonymousPage("Check your email", forms.issue(FORGOT_FORM, "forgot")), true);
    }

    @GET
    @Path("reset/{token}")
    public Response resetForm(@PathParam("token") String token) {
        return resets.holder(token).isPresent() ? choose(token, "reset", List.of(), 200) : gone();
    }

    @POST
    @Path("reset/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@PathParam("token") String token, @FormParam("formToken") String formToken,
                          @FormParam("password") String password) {
        forms.check(LINK_FORM, Secrets.hash(token), formToken);
        if (resets.holder(token).isEmpty()) {
            return gone();
        }
        Optional<Response> refused = refusedPassword(token, "reset", password);
        if (refused.isPresent()) {
            return refused.get();
        }
        return resets.reset(token, password) ? StaffGate.seeOther("/staff/sign-in?reset") : gone();
    }

    /** The same page again with the rule the password breaks, or empty when it may be used. */
    private Optional<Response> refusedPassword(String token, String kind, String password) {
        return rules.problem(password).map(problem ->
                choose(token, kind, List.of(new StaffPage.FieldError("password", "New password", problem)), 400));
    }

    private Response choose(String token, String kind, List<StaffPage.FieldError> errors, int status) {
        boolean invitation = kind.equals("invitation");
        StaffPage page = gate.anonymousPage(invitation ? "Choose your password" : "Choose a new password",
                forms.issue(LINK_FORM, Secrets.hash(token))).withErrors(errors);
        Choose choose = new Choose("/staff/" + kind + "/" + token, invitation
                ? "Welcome. Choose the password you will sign in with; nobody else will know it."
                : "Choose a new password. Your other sessions and apps will be signed out.");
        return Response.status(status).entity(Templates.choose(page, choose)).build();
    }

    /** Expired, used, replaced or made up: one answer for all, naming no account. */
    private Response gone() {
        return Response.status(410).entity(Templates.gone(gate.anonymousPage("This link no longer works", null))).build();
    }
}
