package app.hearth.therapist;

import app.hearth.common.NotFoundException;
import app.hearth.web.JsonLd;
import app.hearth.web.PageMeta;
import app.hearth.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** The therapist directory and each therapist's profile page, with the articles they wrote. */
@Path("/therapists")
@Produces(MediaType.TEXT_HTML)
public class TherapistPages {

    @Inject
    Pages pages;
    @Inject
    AuthoredArticles articles;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance directory(PageMeta meta, List<TherapistView> therapists);

        static native TemplateInstance profile(PageMeta meta, TherapistView therapist,
                                               List<AuthoredArticles.Card> articles);
    }

    @GET
    public TemplateInstance directory() {
        PageMeta meta = pages.meta("Our therapists", "Meet the therapists of " + pages.practiceName()
                + ": their approach, specialties and languages.", "/therapists").inSection("therapists");
        return Templates.directory(meta, Therapist.listed().stream().map(TherapistView::of).toList());
    }

    @GET
    @Path("{slug}")
    public TemplateInstance profile(@PathParam("slug") String slug) {
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
        return Templates.profile(meta, t, articles.latestBy(t.slug(), 3));
    }
}
