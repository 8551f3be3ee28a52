package app.hearth.site;

import app.hearth.blog.ArticleReading;
import app.hearth.blog.ArticleViews;
import app.hearth.therapist.Therapist;
import app.hearth.therapist.TherapistView;
import app.hearth.web.JsonLd;
import app.hearth.web.PageMeta;
import app.hearth.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The practice's own pages that belong to no single feature: home and the privacy notice. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class SitePages {

    private final Pages pages;
    private final ArticleReading articles;

    SitePages(Pages pages, ArticleReading articles) {
        this.pages = pages;
        this.articles = articles;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageMeta meta, String practice, List<TherapistView> therapists,
                                            List<ArticleViews.Summary> latest);

        static native TemplateInstance privacy(PageMeta meta, String practice);
    }

    @GET
    public TemplateInstance home() {
        String practice = pages.practiceName();
        List<TherapistView> therapists = Therapist.listed().stream().map(TherapistView::of).toList();
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
    @Path("privacy")
    public TemplateInstance privacy() {
        PageMeta meta = pages.meta("Privacy", "How " + pages.practiceName()
                + " handles what you share when you book a call or fill in an intake form.", "/privacy");
        return Templates.privacy(meta, pages.practiceName());
    }
}
