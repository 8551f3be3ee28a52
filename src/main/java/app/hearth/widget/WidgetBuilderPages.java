package app.hearth.widget;

import app.hearth.auth.StaffSessions;
import app.hearth.common.HearthConfig;
import app.hearth.staff.StaffGate;
import app.hearth.staff.StaffPage;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The console's widget builder: pick a therapist or "any available", copy the one script tag for the practice's
 * own website, see the real widget frame below it, and check which origins may embed it (HEARTH_EMBED_ALLOWED_ORIGINS).
 */
@Path("/staff/admin/widget")
@Produces(MediaType.TEXT_HTML)
public class WidgetBuilderPages {

    @Inject
    StaffGate gate;
    @Inject
    EmbedPolicy policy;
    @Inject
    HearthConfig config;

    /** A choice of the therapist select. */
    record Choice(String slug, String name, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance widget(StaffPage page, List<Choice> choices, String snippet, String preview,
                                              List<String> origins, boolean button, String label, String color);
    }

    @GET
    public Response view(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("therapist") String therapist,
                         @QueryParam("mode") String mode, @QueryParam("label") String label,
                         @QueryParam("color") String color) {
        StaffSessions.Current session = gate.admin(cookie);
        List<StaffPage.FieldError> errors = new java.util.ArrayList<>();
        boolean button = "button".equals(mode);
        String shownLabel = label == null ? "" : label.strip();
        if (!shownLabel.matches("[^\\p{Cntrl}\"<>&]{0,60}")) {
            errors.add(new StaffPage.FieldError("label", "Button text", "at most 60 characters, without \" < > or &"));
            shownLabel = "";
        }
        String shownColor = color == null ? "" : color.strip();
        if (!shownColor.isEmpty() && !shownColor.matches("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")) {
            errors.add(new StaffPage.FieldError("color", "Accent colour", "must look like #1f6f5c or #363"));
            shownColor = "";
        }
        List<Therapist> listed = QuarkusTransaction.requiringNew().call(Therapist::listed);
        String chosen = therapist != null && listed.stream().anyMatch(t -> t.slug.equals(therapist)) ? therapist : "any";
        List<Choice> choices = new java.util.ArrayList<>();
        choices.add(new Choice("any", "Any available therapist", chosen.equals("any")));
        listed.forEach(t -> choices.add(new Choice(t.slug, t.name, t.slug.equals(chosen))));
        String snippet = "<script src=\"" + config.publicUrl("/widget.js") + "\" data-therapist=\"" + chosen + "\""
                + (button ? " data-mode=\"button\"" : "")
                + (button && !shownLabel.isEmpty() ? " data-label=\"" + shownLabel + "\"" : "")
                + (shownColor.isEmpty() ? "" : " data-primary-color=\"" + shownColor + "\"") + " async></script>";
        String preview = "/embed/book/" + chosen + "?origin=" + URLEncoder.encode(config.publicUrl(), StandardCharsets.UTF_8)
                + (shownColor.isEmpty() ? "" : "&color=" + URLEncoder.encode(shownColor, StandardCharsets.UTF_8));
        StaffPage page = gate.page("Booking widget", session).withErrors(errors);
        return Response.status(errors.isEmpty() ? 200 : 400).entity(Templates.widget(page, choices, snippet, preview,
                policy.origins(), button, shownLabel, shownColor)).build();
    }
}
