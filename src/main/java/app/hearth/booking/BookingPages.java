package app.hearth.booking;

import app.hearth.booking.BookingForm.Booked;
import app.hearth.booking.BookingForm.Invalid;
import app.hearth.booking.BookingForm.Refused;
import app.hearth.booking.BookingForm.Submission;
import app.hearth.booking.SlotPicker.Hidden;
import app.hearth.therapist.Therapist;
import app.hearth.therapist.TherapistView;
import app.hearth.web.PageMeta;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The one booking flow, as plain pages and forms that work without JavaScript: choose a therapist (or anyone),
 * a day and a time in your zone, then your details; the post books through BookingForm and shows the
 * confirmation with the manage link. An edge hands it the Frame it runs in (BookPages for /book, the widget's
 * EmbedBookPages for /embed/book): its base path, layout, carried fields and whether it announces a booking.
 */
@Produces(MediaType.TEXT_HTML)
public class BookingPages {

    private final Frame frame;
    private final BookingFlow flow;

    BookingPages(Frame frame, BookingFlow flow) {
        this.frame = frame;
        this.flow = flow;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(PageMeta meta, Frame frame, List<TherapistView> therapists);

        static native TemplateInstance times(PageMeta meta, Frame frame, BookingChoice choice, SlotPicker picker,
                                             String notice);

        static native TemplateInstance details(PageMeta meta, Frame frame, BookingChoice choice, DetailsForm form);

        static native TemplateInstance confirmed(PageMeta meta, Frame frame, CallSummary booked);
    }

    @GET
    public TemplateInstance choose() {
        List<TherapistView> therapists = Therapist.listed().stream().filter(t -> t.acceptingNewClients)
                .map(TherapistView::of).toList();
        return Templates.choose(meta("Book a free discovery call", "Book a free 15-minute discovery call with one "
                + "of our therapists, by phone or video, at a time that suits you.", frame.base(), true), frame,
                therapists);
    }

    @GET
    @Path("{slug}")
    public Response times(@PathParam("slug") String slug, @QueryParam("tz") String tz, @QueryParam("from") String from,
                          @QueryParam("day") String day) {
        return timesPage(BookingChoice.of(frame, slug), tz, from, day, null, 200);
    }

    @GET
    @Path("{slug}/details")
    public Response details(@PathParam("slug") String slug, @QueryParam("start") String start,
                            @QueryParam("tz") String tz) {
        BookingChoice choice = BookingChoice.of(frame, slug);
        Instant when = BookingForm.instant(start);
        if (when == null) {
            return timesPage(choice, tz, null, null, "Please choose a time first.", 400);
        }
        return detailsPage(choice, flow.form.blank(choice, when, flow.pickers.zone(tz)), 200);
    }

    /** The details form posts here; in a frame its address carries the frame's fields as well. */
    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@PathParam("slug") String slug, @FormParam("formToken") String formToken,
                         @FormParam("requestKey") String requestKey, @FormParam("start") String start,
                         @FormParam("tz") String tz, @FormParam("name") String name, @FormParam("email") String email,
                         @FormParam("phone") String phone, @FormParam("message") String message,
                         @FormParam("consent") String consent, @FormParam("proofOfWork") String proofOfWork) {
        BookingChoice choice = BookingChoice.of(frame, slug);
        BookingForm.Outcome outcome = flow.form.submit(choice,
                new Submission(formToken, requestKey, start, tz, name, email, phone, message, consent, proofOfWork));
        if (outcome instanceof Booked booked) {
            // post/redirect/get: a reload shows the confirmation again and never books twice
            return Response.seeOther(URI.create(frame.link("booked/" + booked.confirmation().manageToken())))
                    .header("Cache-Control", "no-store").build();
        }
        if (outcome instanceof Invalid invalid) {
            return detailsPage(choice, invalid.form(), 400);
        }
        Refused refused = (Refused) outcome;
        return timesPage(choice, refused.tz(), null, refused.day(), refused.notice(), 409);
    }

    /**
     * The confirmation, by GET. Its address holds the manage token, the secret the manage link already holds, and
     * nothing else; the page is never cached or sent on as a referrer. A cancelled call goes to its manage page.
     */
    @GET
    @Path("booked/{token}")
    public Response confirmed(@PathParam("token") String token) {
        BookingView booking = flow.bookings.view(token);
        if (booking.status() != BookingStatus.CONFIRMED) {
            return Response.seeOther(URI.create("/manage/" + token)).header("Cache-Control", "no-store").build();
        }
        CallSummary summary = flow.summaries.of(booking, token, flow.pickers.zone(booking.timezone()));
        PageMeta meta = meta("Your call is booked", "Your discovery call is booked.", frame.base(), false)
                .forZone(booking.timezone());
        return Response.ok(Templates.confirmed(meta, frame, summary))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private Response timesPage(BookingChoice choice, String tz, String from, String day, String notice, int status) {
        SlotPickers pickers = flow.pickers;
        ZoneId zone = pickers.zone(tz);
        // the chosen time goes to the details page with the zone and whatever the frame carries
        List<Hidden> hidden = new ArrayList<>(List.of(new Hidden("tz", zone.getId())));
        hidden.addAll(frame.carried());
        SlotPicker picker = pickers.picker(choice.slug(), zone, pickers.date(from, pickers.today(zone)),
                pickers.date(day, null), choice.path(), frame.carried(), choice.path() + "/details", "get", hidden);
        String title = choice.isAny() ? "Book a discovery call with the first available therapist"
                : "Book a discovery call with " + choice.name();
        PageMeta meta = meta(title, "Choose a day and time for a free 15-minute discovery call with "
                + choice.name() + ".", choice.path(), status == 200 && day == null && from == null);
        return Response.status(status).entity(Templates.times(meta, frame, choice, picker, notice)).build();
    }

    private Response detailsPage(BookingChoice choice, DetailsForm details, int status) {
        PageMeta meta = meta(details.hasErrors() ? "Please check your details" : "Your details",
                "Your details for the discovery call.", choice.path() + "/details", false);
        return Response.status(status).entity(Templates.details(meta, frame, choice, details)).build();
    }

    /** Only the site's own plain pages are for search engines; framed pages and personal steps never are. */
    private PageMeta meta(String title, String description, String path, boolean findable) {
        PageMeta meta = flow.pages.meta(title, description, path).inSection("book");
        return findable && frame.onSite() ? meta : meta.hidden();
    }
}
