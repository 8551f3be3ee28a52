package app.hearth.widget;

import app.hearth.site.BookingChoice;
import app.hearth.site.BookingFlow;
import app.hearth.site.BookingForm;
import app.hearth.site.BookingForm.Booked;
import app.hearth.site.BookingForm.Confirmation;
import app.hearth.site.BookingForm.Invalid;
import app.hearth.site.BookingForm.Refused;
import app.hearth.site.BookingForm.Submission;
import app.hearth.site.DetailsForm;
import app.hearth.site.PageMeta;
import app.hearth.site.Pages;
import app.hearth.site.SlotPicker;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's booking flow in the widget's frame: the same BookingFlow, BookingForm (its form tokens need no
 * cookie) and booking partials as /book, in the frame layout. The widget's options (host origin, colour,
 * language) ride along in every link and form address, so each page of the frame knows whom to talk to.
 */
@Path(EmbedBookPages.BASE)
@Produces(MediaType.TEXT_HTML)
public class EmbedBookPages {

    static final String BASE = "/embed/book";

    @Inject
    Pages pages;
    @Inject
    BookingFlow flow;
    @Inject
    BookingForm form;
    @Inject
    EmbedPolicy policy;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(PageMeta meta, EmbedOptions embed, List<TherapistView> therapists,
                                              String query);

        static native TemplateInstance times(PageMeta meta, EmbedOptions embed, BookingChoice choice,
                                             SlotPicker picker, String notice, String query);

        static native TemplateInstance details(PageMeta meta, EmbedOptions embed, BookingChoice choice,
                                               DetailsForm form);

        static native TemplateInstance confirmed(PageMeta meta, EmbedOptions embed, BookingChoice choice,
                                                 Confirmation booked, String start);
    }

    @GET
    public TemplateInstance choose(@QueryParam("origin") String origin, @QueryParam("color") String color,
                                   @QueryParam("locale") String locale) {
        EmbedOptions embed = EmbedOptions.of(origin, color, locale, policy);
        List<TherapistView> therapists = Therapist.listed().stream().filter(t -> t.acceptingNewClients)
                .map(TherapistView::of).toList();
        return Templates.choose(meta("Book a free discovery call", BASE), embed, therapists, query(embed));
    }

    @GET
    @Path("{slug}")
    public Response times(@PathParam("slug") String slug, @QueryParam("tz") String tz, @QueryParam("from") String from,
                          @QueryParam("day") String day, @QueryParam("origin") String origin,
                          @QueryParam("color") String color, @QueryParam("locale") String locale) {
        EmbedOptions embed = EmbedOptions.of(origin, color, locale, policy);
        return timesPage(embed, BookingChoice.of(BASE, slug), tz, from, day, null, 200);
    }

    @GET
    @Path("{slug}/details")
    public Response details(@PathParam("slug") String slug, @QueryParam("start") String start,
                            @QueryParam("tz") String tz, @QueryParam("origin") String origin,
                            @QueryParam("color") String color, @QueryParam("locale") String locale) {
        EmbedOptions embed = EmbedOptions.of(origin, color, locale, policy);
        BookingChoice choice = BookingChoice.of(BASE, slug);
        Instant when = instant(start);
        if (when == null) {
            return timesPage(embed, choice, tz, null, null, "Please choose a time first.", 400);
        }
        return detailsPage(embed, choice, form.blank(choice, when, flow.zone(tz)), 200);
    }

    /** The details form posts here; its address still carries the options, so they arrive as query parameters. */
    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@PathParam("slug") String slug, @QueryParam("origin") String origin,
                         @QueryParam("color") String color, @QueryParam("locale") String locale,
                         @FormParam("formToken") String formToken, @FormParam("requestKey") String requestKey,
                         @FormParam("start") String start, @FormParam("tz") String tz, @FormParam("name") String name,
                         @FormParam("email") String email, @FormParam("phone") String phone,
                         @FormParam("message") String message, @FormParam("consent") String consent) {
        EmbedOptions embed = EmbedOptions.of(origin, color, locale, policy);
        BookingChoice choice = BookingChoice.of(BASE, slug);
        BookingForm.Outcome outcome = form.submit(choice,
                new Submission(formToken, requestKey, start, tz, name, email, phone, message, consent));
        if (outcome instanceof Booked booked) {
            // the booking is made at exactly the submitted start, which the host page's event reports
            PageMeta meta = meta("Your call is booked", BASE);
            return Response.ok(Templates.confirmed(meta, embed, choice, booked.confirmation(),
                            instant(start).toString()))
                    .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
        }
        if (outcome instanceof Invalid invalid) {
            return detailsPage(embed, choice, invalid.form(), 400);
        }
        Refused refused = (Refused) outcome;
        return timesPage(embed, choice, refused.tz(), null, refused.day(), refused.notice(), 409);
    }

    private Response timesPage(EmbedOptions embed, BookingChoice choice, String tz, String from, String day,
                               String notice, int status) {
        ZoneId zone = flow.zone(tz);
        List<Hidden> hidden = new ArrayList<>(List.of(new Hidden("tz", zone.getId())));
        hidden.addAll(embed.asFields());
        SlotPicker picker = flow.picker(choice.slug(), zone, flow.date(from, flow.today(zone)), flow.date(day, null),
                choice.path(), embed.asFields(), choice.path() + "/details", "get", hidden);
        PageMeta meta = meta(choice.isAny() ? "Book a discovery call with the first available therapist"
                : "Book a discovery call with " + choice.name(), choice.path());
        return Response.status(status).entity(Templates.times(meta, embed, choice, picker, notice, query(embed))).build();
    }

    private Response detailsPage(EmbedOptions embed, BookingChoice choice, DetailsForm details, int status) {
        String query = query(embed);
        // the same form, posting to (and offering a way back to) addresses that keep the widget's options
        DetailsForm framed = new DetailsForm(details.action() + query, details.start(), details.when(), details.tz(),
                details.formToken(), details.requestKey(), details.values(), details.errors(),
                details.changeHref() + query.replaceFirst("^\\?", "&"));
        PageMeta meta = meta(details.hasErrors() ? "Please check your details" : "Your details",
                choice.path() + "/details");
        return Response.status(status).entity(Templates.details(meta, embed, choice, framed)).build();
    }

    /** Framed pages are never indexed: the site's own pages are the ones to find. */
    private PageMeta meta(String title, String path) {
        return pages.meta(title, "Book a free discovery call.", path).hidden().inSection("book");
    }

    /** The options as a query string ("?origin=..."), or nothing. */
    static String query(EmbedOptions embed) {
        StringBuilder query = new StringBuilder();
        for (Hidden field : embed.asFields()) {
            query.append(query.isEmpty() ? '?' : '&').append(encode(field.name())).append('=')
                    .append(encode(field.value()));
        }
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
