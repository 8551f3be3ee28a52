package app.hearth.team;

import app.hearth.staff.StaffGate;
import app.hearth.auth.StaffSessions;
import app.hearth.booking.MeetingService;
import app.hearth.common.HearthConfig;
import app.hearth.staff.StaffPage;
import app.hearth.therapist.Therapist;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Draws the therapist's profile page with all its forms, so each form's handler can answer with the whole page:
 * its own form as typed (with errors) and the others as stored.
 */
@ApplicationScoped
class ProfileScreen {

    static final String TITLE = "Your profile";

    @Inject
    StaffGate gate;
    @Inject
    AdminTherapistService therapists;
    @Inject
    MeetingService meetings;
    @Inject
    HearthConfig config;

    @CheckedTemplate(basePath = "ProfilePages")
    static class Templates {
        static native TemplateInstance profile(StaffPage page, TherapistAdminPages.ProfileForm form, String slug,
                                               String photoUrl, boolean hasFeed, String newFeedUrl, MeetingForm meeting,
                                               boolean inPersonPossible);
    }

    /** What differs from the stored state on one answer; nulls mean "as stored". */
    record Parts(String notice, List<StaffPage.FieldError> errors, TherapistAdminPages.ProfileForm form,
                 MeetingForm meeting, String newFeedUrl) {

        static Parts notice(String notice) {
            return new Parts(notice, List.of(), null, null, null);
        }
    }

    Response answer(int status, StaffSessions.Current session, Parts parts) {
        Therapist therapist = gate.therapist(session);
        AdminTherapistView stored = therapists.get(therapist.id);
        StaffPage page = gate.page(TITLE, session).withNotice(parts.notice()).withErrors(parts.errors());
        TherapistAdminPages.ProfileForm form = parts.form() != null ? parts.form()
                : TherapistAdminPages.ProfileForm.of(stored);
        MeetingForm meeting = parts.meeting() != null ? parts.meeting()
                : MeetingForm.of(meetings.view(therapist, null));
        TemplateInstance html = Templates.profile(page, form, stored.slug(), stored.photoUrl(),
                therapist.calendarFeedTokenHash != null, parts.newFeedUrl(), meeting,
                config.practiceAddress().isPresent());
        return Response.status(status).entity(html).build();
    }
}
