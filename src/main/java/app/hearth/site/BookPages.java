package app.hearth.site;

import app.hearth.booking.BookingService;
import app.hearth.booking.BookingView;
import app.hearth.booking.CreateBookingRequest;
import app.hearth.booking.SlotTakenException;
import app.hearth.common.ConflictException;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.Secrets;
import app.hearth.site.SlotPicker.Hidden;
import app.hearth.therapist.Therapist;
import app.hearth.therapist.TherapistView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The booking flow as plain pages and forms, so it works without JavaScript: choose a therapist (or anyone),
 * a day, a time in your zone, then your details; the post books through BookingService and shows the
 * confirmation with the manage link. The embedded widget renders the same partials in its frame layout.
 */
@Path("/book")
@Produces(MediaType.TEXT_HTML)
public class BookPages {

    static final String BASE = "/book";

    @Inject
    Pages pages;
    @Inject
    BookingFlow flow;
    @Inject
    BookingService bookings;
    @Inject
    FormTokens forms;
    @Inject
    Validator validator;

    /** Who the call is with: one therapist, or "any" for the first available. */
    public record Choice(String base, String slug, String name, TherapistView therapist) {
        public boolean isAny() {
            return therapist == null;
        }
    }

    /** The details form, with what was typed and what was wrong with it. */
    public record DetailsForm(String action, String start, String when, String tz, String formToken, String requestKey,
                              Map<String, String> values, Map<String, String> errors, String changeHref) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public List<Map.Entry<String, String>> errorList() {
            return List.copyOf(errors.entrySet());
        }

        public boolean consented() {
            return "yes".equals(values.get("consent"));
        }
    }

    /** What the confirmation page shows. */
    public record Confirmation(String reference, String when, String therapistName, String manageUrl, String email) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(PageMeta meta, List<TherapistView> therapists, String base);

        static native TemplateInstance times(PageMeta meta, Choice choice, SlotPicker picker, String notice);

        static native TemplateInstance details(PageMeta meta, Choice choice, DetailsForm form);

        static native TemplateInstance confirmed(PageMeta meta, Choice choice, Confirmation booked);
    }

    @GET
    public TemplateInstance choose() {
        PageMeta meta = pages.meta("Book a free discovery call", "Book a free 15-minute discovery call with one of our "
                + "therapists, by phone or video, at a time that suits you.", base()).inSection("book");
        return chooseView(meta, bookable());
    }

    @GET
    @Path("{slug}")
    public Response times(@PathParam("slug") String slug, @QueryParam("tz") String tz, @QueryParam("from") String from,
                          @QueryParam("day") String day) {
        return timesPage(choice(slug), tz, from, day, null, 200);
    }

    @GET
    @Path("{slug}/details")
    public Response details(@PathParam("slug") String slug, @QueryParam("start") String start,
                            @QueryParam("tz") String tz) {
        Choice choice = choice(slug);
        Instant when = instant(start);
        if (when == null) {
            return timesPage(choice, tz, null, null, "Please choose a time first.", 400);
        }
        return detailsPage(choice, when, flow.zone(tz), Map.of(), Map.of(), Secrets.newToken(), 200);
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@PathParam("slug") String slug, @FormParam("formToken") String formToken,
                         @FormParam("requestKey") String requestKey, @FormParam("start") String start,
                         @FormParam("tz") String tz, @FormParam("name") String name, @FormParam("email") String email,
                         @FormParam("phone") String phone, @FormParam("message") String message,
                         @FormParam("consent") String consent) {
        Choice choice = choice(slug);
        forms.check("book", formToken);
        Instant when = instant(start);
        ZoneId zone = flow.zone(tz);
        if (when == null) {
            return timesPage(choice, zone.getId(), null, null, "Please choose a time first.", 400);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", orEmpty(name));
        values.put("email", orEmpty(email).strip());
        values.put("phone", orEmpty(phone).strip());
        values.put("message", orEmpty(message));
        values.put("consent", "yes".equals(consent) ? "yes" : "");
        CreateBookingRequest request = new CreateBookingRequest(choice.slug(), when, zone.getId(),
                new CreateBookingRequest.Client(values.get("name").strip(), values.get("email"),
                        values.get("phone").isEmpty() ? null : values.get("phone")),
                values.get("message").isBlank() ? null : values.get("message"), "yes".equals(consent));
        Map<String, String> errors = errors(validator.validate(request));
        String key = requestKey != null && requestKey.matches("[A-Za-z0-9_-]{20,64}") ? requestKey : Secrets.newToken();
        if (!errors.isEmpty()) {
            return detailsPage(choice, when, zone, values, errors, key, 400);
        }
        try {
            BookingView booked = bookings.book(request, key);
            Confirmation confirmation = new Confirmation(booked.reference(), flow.describe(booked.start(), zone),
                    booked.therapist().name(), booked.manageUrl(), values.get("email"));
            PageMeta meta = pages.meta("Your call is booked", "Your discovery call is booked.", base()).hidden()
                    .inSection("book");
            return Response.ok(confirmedView(meta, choice, confirmation, booked))
                    .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
        } catch (SlotTakenException taken) {
            return timesPage(choice, zone.getId(), null, when.atZone(zone).toLocalDate().toString(),
                    "Sorry, someone has just booked that time. Please choose another.", 409);
        } catch (ConflictException refused) {
            return timesPage(choice, zone.getId(), null, null, refused.getMessage(), 409);
        } catch (InvalidInputException invalid) {
            Map<String, String> problems = new LinkedHashMap<>();
            invalid.errors().forEach(e -> problems.put(formField(e.field()), e.message()));
            if (problems.containsKey("start")) {
                return timesPage(choice, zone.getId(), null, null,
                        "That time can no longer be booked (" + problems.get("start") + "). Please choose another.", 409);
            }
            return detailsPage(choice, when, zone, values, problems, key, 400);
        }
    }

    Response timesPage(Choice choice, String tz, String from, String day, String notice, int status) {
        ZoneId zone = flow.zone(tz);
        String path = choice.base() + "/" + choice.slug();
        List<Hidden> hidden = new ArrayList<>(List.of(new Hidden("tz", zone.getId())));
        hidden.addAll(carried());
        SlotPicker picker = flow.picker(choice.slug(), zone, flow.date(from, flow.today(zone)), flow.date(day, null),
                path, carried(), path + "/details", "get", hidden);
        String title = choice.isAny() ? "Book a discovery call with the first available therapist"
                : "Book a discovery call with " + choice.name();
        PageMeta meta = pages.meta(title, choice.isAny()
                ? "Choose a day and time for a free 15-minute discovery call with the first available therapist."
                : "Choose a day and time for a free 15-minute discovery call with " + choice.name() + ".", path)
                .inSection("book");
        if (status != 200 || day != null || from != null) {
            meta = meta.hidden();
        }
        return Response.status(status).entity(timesView(meta, choice, picker, notice)).build();
    }

    private Response detailsPage(Choice choice, Instant start, ZoneId zone, Map<String, String> values,
                                 Map<String, String> errors, String requestKey, int status) {
        String path = choice.base() + "/" + choice.slug();
        String change = withCarried(path + "?tz=" + BookingFlow.encode(zone.getId()) + "&day="
                + start.atZone(zone).toLocalDate());
        DetailsForm form = new DetailsForm(withCarried(path), start.toString(), flow.describe(start, zone), zone.getId(),
                forms.issue("book"), requestKey, values, errors, change);
        PageMeta meta = pages.meta(errors.isEmpty() ? "Your details" : "Please check your details",
                "Your details for the discovery call.", path + "/details").hidden().inSection("book");
        return Response.status(status).entity(detailsView(meta, choice, form)).build();
    }

    /** Where this flow's pages live; the embedded widget serves the same flow under its own base. */
    protected String base() {
        return BASE;
    }

    /** Query fields every link and form of the flow carries along (the widget's options); none on the site. */
    protected List<Hidden> carried() {
        return List.of();
    }

    protected TemplateInstance chooseView(PageMeta meta, List<TherapistView> therapists) {
        return Templates.choose(meta, therapists, base());
    }

    protected TemplateInstance timesView(PageMeta meta, Choice choice, SlotPicker picker, String notice) {
        return Templates.times(meta, choice, picker, notice);
    }

    protected TemplateInstance detailsView(PageMeta meta, Choice choice, DetailsForm form) {
        return Templates.details(meta, choice, form);
    }

    protected TemplateInstance confirmedView(PageMeta meta, Choice choice, Confirmation confirmation, BookingView booked) {
        return Templates.confirmed(meta, choice, confirmation);
    }

    private String withCarried(String href) {
        StringBuilder out = new StringBuilder(href);
        for (Hidden field : carried()) {
            out.append(out.indexOf("?") < 0 ? '?' : '&').append(BookingFlow.encode(field.name())).append('=')
                    .append(BookingFlow.encode(field.value()));
        }
        return out.toString();
    }

    Choice choice(String slug) {
        if ("any".equals(slug)) {
            return new Choice(base(), "any", "the first available therapist", null);
        }
        TherapistView t = Therapist.findListed(slug).map(TherapistView::of)
                .orElseThrow(() -> new NotFoundException("No therapist with that name is listed."));
        return new Choice(base(), t.slug(), t.name(), t);
    }

    static List<TherapistView> bookable() {
        return Therapist.listed().stream().filter(t -> t.acceptingNewClients).map(TherapistView::of).toList();
    }

    static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Bean Validation paths ("client.email") as the form's field names ("email"), first message per field. */
    static Map<String, String> errors(java.util.Set<ConstraintViolation<CreateBookingRequest>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<ConstraintViolation<CreateBookingRequest>> sorted = new ArrayList<>(violations);
        sorted.sort(java.util.Comparator.comparing(v -> order(formField(v.getPropertyPath().toString()))));
        for (ConstraintViolation<CreateBookingRequest> v : sorted) {
            errors.putIfAbsent(formField(v.getPropertyPath().toString()), v.getMessage());
        }
        return errors;
    }

    private static int order(String field) {
        int index = List.of("name", "email", "phone", "message", "consent").indexOf(field);
        return index < 0 ? 99 : index;
    }

    static String formField(String path) {
        return path.startsWith("client.") ? path.substring("client.".length()) : path;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
