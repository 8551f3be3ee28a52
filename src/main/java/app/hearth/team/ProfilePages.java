package app.hearth.team;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.StaffSessions;
import app.hearth.common.ConflictException;
import app.hearth.staff.StaffGate;
import app.hearth.staff.StaffPage;
import app.hearth.therapist.Therapist;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The therapist's own profile page: the public profile and the email for invitations, saved through the same
 * service (and the same rules) as the admin's profile form, so both change a profile one way. The page also holds
 * the photo, calendar-feed and meeting forms (ProfileActions).
 */
@Path("/staff/profile")
@Produces(MediaType.TEXT_HTML)
public class ProfilePages {

    /** The order of the error summary: the order of the fields on the page. */
    private static final List<String> FIELDS = List.of("name", "pronouns", "credentials", "bio", "specialties",
            "languages", "email");

    @Inject
    StaffGate gate;
    @Inject
    AccountAudit audit;
    @Inject
    ProfileScreen screen;
    @Inject
    AdminTherapistService therapists;
    @Inject
    Validator validator;

    @GET
    public Response page(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("done") String done) {
        StaffSessions.Current session = gate.signedIn(cookie);
        String notice = done == null ? null : switch (done) {
            case "saved" -> "Your profile is saved; the site shows it now.";
            case "photo" -> "Your new photo is on your profile.";
            case "meeting" -> "How your calls happen is saved.";
            default -> null;
        };
        return screen.answer(200, session, ProfileScreen.Parts.notice(notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@CookieParam(StaffGate.COOKIE) String cookie,
                         @BeanParam TherapistAdminPages.ProfileForm form) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, form.formToken);
        Therapist therapist = gate.therapist(session);
        AdminTherapistView stored = therapists.get(therapist.id);
        // what only the practice decides (address name, time zone) and the photo stay as they are
        form.slug = stored.slug();
        form.timezone = stored.timezone();
        form.photoUrl = stored.photoUrl();
        TherapistRequest request = form.request();
        List<StaffPage.FieldError> errors = TherapistAdminPages.errors(validator, request, FIELDS);
        if (errors.isEmpty()) {
            try {
                therapists.update(therapist.id, request);
                audit.record(session.userId(), Action.PROFILE_CHANGED, "therapist " + therapist.id);
                return StaffGate.seeOther("/staff/profile?done=saved");
            } catch (ConflictException e) {
                errors = List.of(new StaffPage.FieldError("name", "Name", e.getMessage()));
            }
        }
        return screen.answer(400, session, new ProfileScreen.Parts(null, errors, form, null, null));
    }
}
