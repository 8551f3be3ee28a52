package app.hearth.team;

import app.hearth.auth.StaffSessions;
import app.hearth.common.ConflictException;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.Roles;
import app.hearth.staff.StaffGate;
import app.hearth.staff.StaffPage;
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

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The practice console's team page: every account with its state, roles, second factor and last sign-in; invite,
 * resend or revoke an invitation, give or take the admin role, deactivate and reactivate. Admins only (others get
 * the 404 page); each action is a plain form with the session's form token.
 */
@Path("/staff/admin/team")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TeamPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.CANADA);
    private static final Map<String, String> DONE = Map.of(
            "invited", "The invitation is on its way.",
            "resent", "A new invitation link is on its way; the earlier link no longer works.",
            "revoked", "The invitation is revoked; its link no longer works.",
            "roles", "The roles are changed.",
            "reactivated", "The account is active again.");

    @Inject
    StaffGate gate;
    @Inject
    TeamAccounts team;
    @Inject
    HearthConfig config;

    /** One account as a row of the team table. */
    record Row(long id, String name, String email, String status, boolean invited, boolean active,
               boolean deactivated, boolean admin, boolean therapist, Long therapistId, boolean secondFactor,
               String lastSignIn, boolean mine) {
    }

    /** What the invitation form offers and holds (after a refusal, what was typed). */
    record InviteForm(String email, String name, boolean admin, boolean therapist, String profile,
                      List<AdminTherapistView> profiles) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance team(StaffPage page, List<Row> rows, List<AdminTherapistView> profiles,
                                            InviteForm invite, String zone);
    }

    @GET
    public Response view(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("done") String done) {
        StaffSessions.Current session = gate.admin(cookie);
        return page(session, done == null ? null : DONE.get(done), List.of(), null, 200);
    }

    @POST
    @Path("invite")
    public Response invite(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                           @FormParam("email") String email, @FormParam("name") String name,
                           @FormParam("admin") String admin, @FormParam("therapist") String therapist,
                           @FormParam("profile") String profile) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        gate.requireRecent(session, "/staff/admin/team");
        Set<String> roles = new LinkedHashSet<>();
        if (admin != null) {
            roles.add(Roles.ADMIN);
        }
        if (therapist != null) {
            roles.add(Roles.THERAPIST);
        }
        InviteForm typed = new InviteForm(email, name, admin != null, therapist != null, profile, null);
        try {
            team.invite(session.userId(), email, name, roles, therapist == null ? null : profile);
        } catch (InvalidInputException e) {
            return page(session, null, e.errors().stream().map(TeamPages::inviteError).toList(), typed, 400);
        } catch (ConflictException e) {
            return page(session, null, List.of(new StaffPage.FieldError("invite-email", "Email", e.getMessage())),
                    typed, 409);
        }
        return StaffGate.seeOther("/staff/admin/team?done=invited");
    }

    @POST
    @Path("{id}/resend")
    public Response resend(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                           @PathParam("id") long id) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        team.resend(session.userId(), id);
        return StaffGate.seeOther("/staff/admin/team?done=resent");
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                           @PathParam("id") long id) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        team.revoke(session.userId(), id);
        return StaffGate.seeOther("/staff/admin/team?done=revoked");
    }

    @POST
    @Path("{id}/roles")
    public Response roles(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                          @PathParam("id") long id, @FormParam("admin") String admin) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        gate.requireRecent(session, "/staff/admin/team");
        try {
            team.setAdmin(session.userId(), id, admin != null);
        } catch (InvalidInputException e) {
            return page(session, null, List.of(new StaffPage.FieldError("admin-" + id, "Roles", e.getMessage())),
                    null, 400);
        }
        return StaffGate.seeOther("/staff/admin/team?done=roles");
    }

    @POST
    @Path("{id}/deactivate")
    public Response deactivate(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                               @PathParam("id") long id) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        gate.requireRecent(session, "/staff/admin/team");
        try {
            team.deactivate(session.userId(), id);
        } catch (InvalidInputException e) {
            return page(session, null, List.of(new StaffPage.FieldError("deactivate-" + id, "Deactivate",
                    e.getMessage())), null, 400);
        }
        return StaffGate.seeOther("/staff/admin/team/" + id + "/bookings?done=deactivated");
    }

    @POST
    @Path("{id}/reactivate")
    public Response reactivate(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                               @PathParam("id") long id) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        try {
            team.reactivate(session.userId(), id);
        } catch (InvalidInputException e) {
            return page(session, null, List.of(new StaffPage.FieldError("reactivate-" + id, "Reactivate",
                    e.getMessage())), null, 400);
        }
        return StaffGate.seeOther("/staff/admin/team?done=reactivated");
    }

    private Response page(StaffSessions.Current session, String notice, List<StaffPage.FieldError> errors,
                          InviteForm typed, int status) {
        var zone = config.practiceTimezone();
        List<Row> rows = team.members().stream().map(m -> new Row(m.id(), m.name(), m.email(), m.status().label,
                m.status() == TeamAccounts.Status.INVITED, m.status() == TeamAccounts.Status.ACTIVE,
                m.status() == TeamAccounts.Status.DEACTIVATED, m.admin(), m.therapist(), m.therapistId(),
                m.secondFactor(), m.lastSignIn() == null ? "Never" : WHEN.format(m.lastSignIn().atZone(zone)),
                m.id() == session.userId())).toList();
        List<AdminTherapistView> free = team.profilesWithoutLogin();
        InviteForm invite = typed == null ? new InviteForm("", "", false, true, "", free)
                : new InviteForm(typed.email(), typed.name(), typed.admin(), typed.therapist(), typed.profile(), free);
        StaffPage page = gate.page("Team", session).withNotice(notice).withErrors(errors);
        return Response.status(status).entity(Templates.team(page, rows, team.profiles(), invite, zone.getId())).build();
    }

    private static StaffPage.FieldError inviteError(app.hearth.common.Problem.FieldError error) {
        return switch (error.field()) {
            case "email" -> new StaffPage.FieldError("invite-email", "Email", error.message());
            case "name" -> new StaffPage.FieldError("invite-name", "Name", error.message());
            case "roles" -> new StaffPage.FieldError("invite-therapist", "Roles", error.message());
            default -> new StaffPage.FieldError("invite-profile", "Therapist profile", error.message());
        };
    }
}
