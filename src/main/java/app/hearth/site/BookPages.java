package app.hearth.site;

import app.hearth.site.BookingForm.Booked;
import app.hearth.site.BookingForm.Confirmation;
import app.hearth.site.BookingForm.Invalid;
import app.hearth.site.BookingForm.Refused;
import app.hearth.site.BookingForm.Submission;
import app.hearth.site.SlotPicker.Hidden;
import app.hearth.therapist.Therapist;
import app.hearth.therapist.TherapistView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The booking flow as plain pages and forms, so it works without JavaScript: choose a therapist (or anyone),
 * a day, a time in your zone, then your details; the post books through BookingForm and shows the
 * confirmation with the manage link. The templates are thin: the flow's content lives in the partials under
 * templates/booking/, which the embedded widget renders in its frame layout.
 */
@Path(BookPages.BASE)
@Produces(MediaType.TEXT_HTML)
public class BookPages {

    static final String BASE = "/book";

    @Inject
    Pages pages;
    @Inject
    BookingFlow flow;
    @Inject
    BookingForm form;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(PageMeta meta, List<TherapistView> therapists, String base);

        static native TemplateInstance times(PageMeta meta, BookingChoice choice, SlotPicker picker, String notice);

        static native TemplateInstance details(PageMeta meta, BookingChoice choice, DetailsForm form);

        static native TemplateInstance confirmed(PageMeta meta, BookingChoice choice, Confirmation booked);
    }

    @GET
    public TemplateInstance choose() {
        PageMeta meta = pages.meta("Book a free discovery call", "Book a free 15-minute discovery call with one of our "
                + "therapists, by phone or video, at a time that suits you.", BASE).inSection("book");
        return Templates.choose(meta, bookable(), BASE);
    }

    @GET
    @Path("{slug}")
    public Response times(@PathParam("slug") String slug, @QueryParam("tz") String tz, @QueryParam("from") String from,
                          @QueryParam("day") String day) {
        return timesPage(BookingChoice.of(BASE, slug), tz, from, day, null, 200);
    }

    @GET
    @Path("{slug}/details")
    public Response details(@PathParam("slug") String slug, @QueryParam("start") String start,
                            @QueryParam("tz") String tz) {
        BookingChoice choice = BookingChoice.of(BASE, slug);
        Instant when = BookingForm.instant(start);
        if (when == null) {
            return timesPage(choice, tz, null, null, "Please choose a time first.", 400);
        }
        return detailsPage(choice, form.blank(choice, when, flow.zone(tz)), 200);
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@PathParam("slug") String slug, @FormParam("formToken") String formToken,
                         @FormParam("requestKey") String requestKey, @FormParam("start") String start,
                         @FormParam("tz") String tz, @FormParam("name") String name, @FormParam("email") String email,
                         @FormParam("phone") String phone, @FormParam("message") String message,
                         @FormParam("consent") String consent) {
        BookingChoice choice = BookingChoice.of(BASE, slug);
        BookingForm.Outcome outcome = form.submit(choice,
                new Submission(formToken, requestKey, start, tz, name, email, phone, message, consent));
        if (outcome instanceof Booked booked) {
            PageMeta meta = pages.meta("Your call is booked", "Your discovery call is booked.", BASE).hidden()
                    .inSection("book");
            return Response.ok(Templates.confirmed(meta, choice, booked.confirmation()))
                    .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
        }
        if (outcome instanceof Invalid invalid) {
            return detailsPage(choice, invalid.form(), 400);
        }
        Refused refused = (Refused) outcome;
        return timesPage(choice, refused.tz(), null, refused.day(), refused.notice(), 409);
    }

    Response timesPage(BookingChoice choice, String tz, String from, String day, String notice, int status) {
        ZoneId zone = flow.zone(tz);
        SlotPicker picker = flow.picker(choice.slug(), zone, flow.date(from, flow.today(zone)), flow.date(day, null),
                choice.path(), List.of(), choice.path() + "/details", "get", List.of(new Hidden("tz", zone.getId())));
        String title = choice.isAny() ? "Book a discovery call with the first available therapist"
                : "Book a discovery call with " + choice.name();
        PageMeta meta = pages.meta(title, "Choose a day and time for a free 15-minute discovery call with "
                + choice.name() + ".", choice.path()).inSection("book");
        if (status != 200 || day != null || from != null) {
            meta = meta.hidden();
        }
        return Response.status(status).entity(Templates.times(meta, choice, picker, notice)).build();
    }

    private Response detailsPage(BookingChoice choice, DetailsForm details, int status) {
        PageMeta meta = pages.meta(details.hasErrors() ? "Please check your details" : "Your details",
                "Your details for the discovery call.", choice.path() + "/details").hidden().inSection("book");
        return Response.status(status).entity(Templates.details(meta, choice, details)).build();
    }

    static List<TherapistView> bookable() {
        return Therapist.listed().stream().filter(t -> t.acceptingNewClients).map(TherapistView::of).toList();
    }
}
