package app.hearth.site;

import app.hearth.blog.ArticleService;
import app.hearth.blog.ArticleViews;
import app.hearth.common.NotFoundException;
import app.hearth.therapist.Therapist;
import app.hearth.therapist.TherapistView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The practice's own pages: home, the therapist directory and profiles, and the privacy notice. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SitePages {

    @Inject
    Pages pages;
    @Inject
    ArticleService articles;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageMeta meta, String practice, List<TherapistView> therapists,
                                            List<ArticleViews.Summary> latest);

        static native TemplateInstance therapists(PageMeta meta, List<TherapistView> therapists);

        static native TemplateInstance therapist(PageMeta meta, TherapistView therapist, List<ArticleViews.Summary> articles);

        static native TemplateInstance privacy(PageMeta meta, String practice);
    }

    @GET
    public TemplateInstance home() {
        String practice = pages.practiceName();
        List<TherapistView> therapists = listed();
        Map<String, Object> business = JsonLd.thing("MedicalBusiness");
        business.put("name", practice);
        business.put("url", pages.absolute("/"));
        business.put("medicalSpecialty", "Psychiatric");
        List<Object> employees = new ArrayList<>();
        for (TherapistView t : therapists) {
            Map<String, Object> person = JsonLd.thing("Person");
            person.remove("@context");
            person.put("name", t.name());
            person.put("url", pages.absolute("/therapists/" + t.slug()));
            employees.add(person);
        }
        business.put("employee", employees);
        PageMeta meta = pages.meta(practice, practice + ": counselling and psychotherapy in person and online. "
                        + "Meet our therapists and book a free 15-minute discovery call.", "/")
                .withJsonLd(JsonLd.write(business)).inSection("home");
        return Templates.home(meta, practice, therapists, articles.latest(3));
    }

    @GET
    @Path("therapists")
    public TemplateInstance therapists() {
        PageMeta meta = pages.meta("Our therapists", "Meet the therapists of " + pages.practiceName()
                + ": their approach, specialties and languages.", "/therapists").inSection("therapists");
        return Templates.therapists(meta, listed());
    }

    @GET
    @Path("therapists/{slug}")
    public TemplateInstance therapist(@PathParam("slug") String slug) {
        TherapistView t = Therapist.findListed(slug).map(TherapistView::of)
                .orElseThrow(() -> new NotFoundException("No therapist with that name is listed."));
        Map<String, Object> person = JsonLd.thing("Person");
        person.put("name", t.name());
        person.put("jobTitle", "Therapist");
        person.put("url", pages.absolute("/therapists/" + t.slug()));
        if (t.photoUrl() != null) {
            person.put("image", pages.absolute(t.photoUrl()));
        }
        String description = t.bio() == null || t.bio().isBlank() ? t.name() + ", therapist at " + pages.practiceName()
                : Pages.clip(t.bio(), 155);
        PageMeta meta = pages.meta(t.name() + (t.credentials() == null ? "" : ", " + t.credentials()), description,
                "/therapists/" + t.slug()).withType("profile").withJsonLd(JsonLd.write(person)).inSection("therapists");
        return Templates.therapist(meta, t, articles.byAuthor(t.slug(), 3));
    }

    @GET
    @Path("privacy")
    public TemplateInstance privacy() {
        PageMeta meta = pages.meta("Privacy", "How " + pages.practiceName()
                + " handles what you share when you book a call or fill in an intake form.", "/privacy");
        return Templates.privacy(meta, pages.practiceName());
    }

    private static List<TherapistView> listed() {
        return Therapist.listed().stream().map(TherapistView::of).toList();
    }
}
