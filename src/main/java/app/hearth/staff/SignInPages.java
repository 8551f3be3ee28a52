package app.hearth.staff;

import app.hearth.auth.InvalidCredentialsException;
import app.hearth.auth.LoginService;
import app.hearth.auth.Passkeys;
import app.hearth.auth.SecondFactorRequiredException;
import app.hearth.auth.SignInStage;
import app.hearth.auth.StaffSessions;
import app.hearth.common.TooManyRequestsException;
import app.hearth.seal.FormPurpose;
import app.hearth.seal.FormTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Staff sign-in on the web: email and password, then the second-factor code where the account has one (or enrolment
 * where it must have one), then a server-side session in an HttpOnly, SameSite=Strict cookie. Sign-out ends it.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    /** The sign-in form has no session yet; its token is bound to the form alone (Origin checks still apply). */
    static final FormPurpose SIGN_IN = new FormPurpose("staff-sign-in", Duration.ofHours(2));
    private static final String ANONYMOUS = "sign-in";

    @Inject
    LoginService logins;
    @Inject
    StaffGate gate;
    @Inject
    StaffSessions sessions;
    @Inject
    FormTokens forms;
    @Inject
    Passkeys passkeys;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(StaffPage page, String email, boolean askCode, Passkeys.Ceremony passkey);

        static native TemplateInstance code(StaffPage page, Passkeys.Ceremony passkey);
    }

    @GET
    @Path("sign-in")
    public Response signInForm(@QueryParam("signed-out") String signedOut, @QueryParam("reset") String reset) {
        StaffPage page = gate.anonymousPage("Sign in", forms.issue(SIGN_IN, ANONYMOUS));
        String notice = signedOut != null ? "You are signed out."
                : reset != null ? "Your new password is set and every session was signed out. Sign in with it." : null;
        return Response.ok(signInPage(page.withNotice(notice), "", false)).build();
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("formToken") String formToken, @FormParam("email") String email,
                           @FormParam("password") String password, @FormParam("code") String code,
                           @Context HttpServerRequest http) {
        forms.check(SIGN_IN, ANONYMOUS, formToken);
        StaffPage page = gate.anonymousPage("Sign in", forms.issue(SIGN_IN, ANONYMOUS));
        String typed = email == null ? "" : email.strip();
        if (typed.isEmpty() || typed.length() > 254 || password == null || password.isEmpty() || password.length() > 200) {
            return Response.status(400).entity(signInPage(page.withErrors(List.of(
                    new StaffPage.FieldError("email", "Email", "Enter your email and password."))), typed, false)).build();
        }
        LoginService.Outcome outcome;
        try {
            outcome = logins.signIn(typed, password, code, http.remoteAddress().hostAddress());
        } catch (InvalidCredentialsException wrong) {
            return Response.status(401).entity(signInPage(page.withErrors(List.of(
                    new StaffPage.FieldError("password", "Password", wrong.getMessage()))), typed, false)).build();
        } catch (SecondFactorRequiredException wrongCode) {
            return Response.status(401).entity(signInPage(page.withErrors(List.of(
                    new StaffPage.FieldError("code", "Code", wrongCode.getMessage()))), typed, true)).build();
        } catch (TooManyRequestsException slowed) {
            String wait = "Too many attempts. Wait " + slowed.retryAfterSeconds() + " seconds, or enter the password "
                    + "with a code from your authenticator app to sign in now.";
            return Response.status(429).header("Retry-After", slowed.retryAfterSeconds()).entity(signInPage(
                    page.withErrors(List.of(new StaffPage.FieldError("password", "Password", wait))), typed, true)).build();
        }
        String cookie = sessions.start(outcome.userId(), outcome.stage());
        String next = switch (outcome.stage()) {
            case SIGNED_IN -> "/staff";
            case SECOND_FACTOR -> "/staff/sign-in/code";
            case ENROLMENT -> "/staff/enrol";
        };
        return Response.fromResponse(StaffGate.seeOther(next)).cookie(gate.cookie(cookie)).build();
    }

    @GET
    @Path("sign-in/code")
    public Response codeForm(@CookieParam(StaffGate.COOKIE) String cookie) {
        StaffSessions.Current session = gate.require(cookie, Set.of(SignInStage.SECOND_FACTOR));
        return Response.ok(codePage(session, gate.anonymousPage("Enter your code", gate.formToken(session)))).build();
    }

    @POST
    @Path("sign-in/code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response code(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                         @FormParam("code") String code) {
        StaffSessions.Current session = gate.require(cookie, Set.of(SignInStage.SECOND_FACTOR));
        gate.checkForm(session, formToken);
        if (logins.secondFactor(session.userId(), code)) {
            String signedIn = sessions.advance(cookie, session.userId(), SignInStage.SIGNED_IN);
            return Response.fromResponse(StaffGate.seeOther("/staff")).cookie(gate.cookie(signedIn)).build();
        }
        StaffPage page = gate.anonymousPage("Enter your code", gate.formToken(session)).withErrors(List.of(
                new StaffPage.FieldError("code", "Code", "The code is not correct or was already used. Enter the "
                        + "newest code from your app, or a recovery code.")));
        return Response.status(401).entity(codePage(session, page)).build();
    }

    /** The second step by one of the account's passkeys instead of a code. */
    @POST
    @Path("sign-in/code/passkey")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response codeByPasskey(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                                  @BeanParam PasskeyAnswer answer) {
        StaffSessions.Current session = gate.require(cookie, Set.of(SignInStage.SECOND_FACTOR));
        gate.checkForm(session, formToken);
        if (passkeys.verifyFor(session.userId(), answer.assertion(), false)) {
            logins.markSignedIn(session.userId());
            String signedIn = sessions.advance(cookie, session.userId(), SignInStage.SIGNED_IN);
            return Response.fromResponse(StaffGate.seeOther("/staff")).cookie(gate.cookie(signedIn)).build();
        }
        StaffPage page = gate.anonymousPage("Enter your code", gate.formToken(session)).withErrors(List.of(
                new StaffPage.FieldError("code", "Passkey", "The passkey was not accepted. Try again, or enter a code.")));
        return Response.status(401).entity(codePage(session, page)).build();
    }

    /** Sign-in by passkey alone, in place of email and password (the passkey verifies the person). */
    @POST
    @Path("sign-in/passkey")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signInByPasskey(@FormParam("formToken") String formToken, @BeanParam PasskeyAnswer answer,
                                    @Context HttpServerRequest http) {
        forms.check(SIGN_IN, ANONYMOUS, formToken);
        Optional<Long> userId = passkeys.signIn(answer.assertion(), http.remoteAddress().hostAddress());
        if (userId.isEmpty()) {
            StaffPage page = gate.anonymousPage("Sign in", forms.issue(SIGN_IN, ANONYMOUS)).withErrors(List.of(
                    new StaffPage.FieldError("email", "Passkey", "The passkey was not accepted. Try again, or sign in "
                            + "with your email and password.")));
            return Response.status(401).entity(signInPage(page, "", false)).build();
        }
        logins.markSignedIn(userId.get());
        String cookie = sessions.start(userId.get(), SignInStage.SIGNED_IN);
        return Response.fromResponse(StaffGate.seeOther("/staff")).cookie(gate.cookie(cookie)).build();
    }

    private TemplateInstance signInPage(StaffPage page, String email, boolean askCode) {
        return Templates.signIn(page, email, askCode, passkeys.signInCeremony());
    }

    private TemplateInstance codePage(StaffSessions.Current session, StaffPage page) {
        boolean hasPasskey = passkeys.any(session.userId());
        return Templates.code(page, hasPasskey ? passkeys.forAccount(session.userId(), false) : null);
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken) {
        StaffSessions.Current session = gate.require(cookie, Set.of(SignInStage.values()));
        gate.checkForm(session, formToken);
        sessions.signOut(cookie);
        return Response.fromResponse(StaffGate.seeOther("/staff/sign-in?signed-out")).cookie(gate.clearedCookie())
                .build();
    }
}
