package app.hearth.staff;

import app.hearth.auth.StaffSessions;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The practice's settings page, for admins only (anyone else gets "no such page"). One form holds every setting, one
 * fieldset each, so a later setting is a new fieldset in the template and a new component of the values.
 */
@Path("/staff/admin/settings")
@Produces(MediaType.TEXT_HTML)
public class AdminSettingsPages {

    private static final String HERE = "/staff/admin/settings";

    @Inject
    StaffGate gate;
    @Inject
    PracticeSettings settings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(StaffPage page, PracticeSettings.Values values);
    }

    @GET
    public Response view(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("saved") String saved) {
        StaffSessions.Current session = gate.admin(cookie);
        StaffPage page = gate.page("Practice settings", session)
                .withNotice(saved == null ? null : "The settings are saved.");
        return Response.ok(Templates.settings(page, settings.current())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                         @FormParam("secondFactorForAllStaff") String secondFactorForAllStaff) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        gate.requireRecent(session, HERE);
        // an unticked checkbox is not sent at all, so absence means off
        settings.change(session.userId(), new PracticeSettings.Values("on".equals(secondFactorForAllStaff)));
        return StaffGate.seeOther(HERE + "?saved=1");
    }
}
