package app.hearth.staff;

import app.hearth.auth.Passkeys;
import app.hearth.auth.PasswordChange;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The signed-in person's own account: password, second factors (app, passkeys), and active sessions. */
@Path("/staff/account")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.CANADA);

    @Inject
    StaffSessions sessions;
    @Inject
    PasswordChange passwords;
    @Inject
    TotpFactor totp;
    @Inject
    Passkeys passkeys;
    @Inject
    EmailChange emails;
    @Inject
    StaffGate gate;

    /** One active session; {@code current} marks the one this page was opened in. */
    record SessionLine(String started, String lastSeen, boolean current) {
    }

    /** One of the account's passkeys, with when it was added and last used. */
    record PasskeyLine(long id, String name, String added, String lastUsed) {
    }

    /** What the account page shows. */
    record Account(String email, boolean hasTotp, long recoveryCodesLeft, List<PasskeyLine> passkeys,
                   List<SessionLine> sessions) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(StaffPage page, Account account);
    }

    @GET
    public Response view(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("done") String done) {
        StaffSessions.Current session = gate.signedIn(cookie);
        String notice = switch (done == null ? "" : done) {
            case "password" -> "Your password is changed. Your other sessions are signed out.";
            case "sessions" -> "Your other sessions are signed out.";
            case "passkey" -> "Your passkey is added. You can now sign in with it.";
            case "passkey-removed" -> "The passkey is removed.";
            case "email" -> "We sent a link to the new address. Your email changes when you follow it (within 24 hours).";
            default -> null;
        };
        return page(session, notice, List.of(), 200);
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                                   @FormParam("current") String current, @FormParam("password") String password) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, formToken);
        Optional<PasswordChange.Refusal> refused = passwords.change(session.userId(), current, password, session.idHash());
        if (refused.isPresent()) {
            String label = refused.get().field().equals("current") ? "Current password" : "New password";
            return page(session, null, List.of(new StaffPage.FieldError(refused.get().field(), label,
                    refused.get().message())), 400);
        }
        return StaffGate.seeOther("/staff/account?done=password");
    }

    @POST
    @Path("sessions/end-others")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response endOthers(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, formToken);
        sessions.endOthers(session.userId(), session.idHash());
        return StaffGate.seeOther("/staff/account?done=sessions");
    }

    @POST
    @Path("email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeEmail(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                                @FormParam("email") String email) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, formToken);
        gate.requireRecent(session, "/staff/account");
        Optional<String> refused = emails.request(session.userId(), email);
        if (refused.isPresent()) {
            return page(session, null, List.of(new StaffPage.FieldError("email", "New email", refused.get())), 400);
        }
        return StaffGate.seeOther("/staff/account?done=email");
    }

    @POST
    @Path("passkeys/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removePasskey(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                                  @PathParam("id") long id) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, formToken);
        gate.requireRecent(session, "/staff/account");
        passkeys.remove(session.userId(), id);
        return StaffGate.seeOther("/staff/account?done=passkey-removed");
    }

    private Response page(StaffSessions.Current session, String notice, List<StaffPage.FieldError> errors, int status) {
        User user = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(session.userId()));
        ZoneId zone = QuarkusTransaction.requiringNew().call(() -> {
            User fresh = User.findById(session.userId());
            return fresh.therapist == null ? ZoneId.of("UTC") : fresh.therapist.zone();
        });
        List<SessionLine> lines = sessions.list(session.userId()).stream()
                .map(s -> new SessionLine(WHEN.format(s.createdAt().atZone(zone)), WHEN.format(s.lastSeenAt().atZone(zone)),
                        s.idHash().equals(session.idHash())))
                .toList();
        List<PasskeyLine> keys = passkeys.list(session.userId()).stream()
                .map(k -> new PasskeyLine(k.id(), k.name(), WHEN.format(k.createdAt().atZone(zone)),
                        k.lastUsedAt() == null ? "never" : WHEN.format(k.lastUsedAt().atZone(zone))))
                .toList();
        Account account = new Account(user.email, user.hasTotp(), user.hasTotp() ? totp.recoveryCodesLeft(user.id) : 0,
                keys, lines);
        StaffPage page = gate.page("Your account", session).withNotice(notice).withErrors(errors);
        return Response.status(status).entity(Templates.account(page, account)).build();
    }
}
