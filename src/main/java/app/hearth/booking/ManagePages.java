package app.hearth.booking;

import app.hearth.booking.SlotPicker.Hidden;
import app.hearth.common.ConflictException;
import app.hearth.common.GoneException;
import app.hearth.common.InvalidInputException;
import app.hearth.common.Secrets;
import app.hearth.seal.FormPurpose;
import app.hearth.seal.FormTokens;
import app.hearth.web.PageMeta;
import app.hearth.web.Pages;
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

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The page behind a booking's manage link: see the call, move it or cancel it. Viewing is a GET; every change
 * is a POST carrying a form token bound to this booking, so a mail scanner following the link changes nothing.
 */
@Path("/manage/{token}")
@Produces(MediaType.TEXT_HTML)
public class ManagePages {

    static final FormPurpose PURPOSE = new FormPurpose("manage", Duration.ofHours(3));

    private final Pages pages;
    private final SlotPickers pickers;
    private final BookingService bookings;
    private final FormTokens forms;
    private final CallSummaries summaries;

    ManagePages(Pages pages, SlotPickers pickers, BookingService bookings, FormTokens forms, CallSummaries summaries) {
        this.pages = pages;
        this.pickers = pickers;
        this.bookings = bookings;
        this.forms = forms;
        this.summaries = summaries;
    }

    /** The booking as this page shows it. */
    record Managed(String reference, String when, String therapistName, boolean cancelled, boolean changeable,
                          String cancelReason, String path, String formToken, String tz) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance manage(PageMeta meta, Managed booking, SlotPicker picker, String notice,
                                              String problem, CallSummary call);

        static native TemplateInstance expired(PageMeta meta, String detail);
    }

    @GET
    public Response view(@PathParam("token") String token, @QueryParam("tz") String tz, @QueryParam("from") String from,
                         @QueryParam("day") String day, @QueryParam("done") String done) {
        String notice = switch (done == null ? "" : done) {
            case "rescheduled" -> "Your call has been moved. We have emailed you the new time.";
            case "cancelled" -> "Your call has been cancelled.";
            default -> null;
        };
        return page(token, tz, from, day, notice, null, 200);
    }

    @POST
    @Path("reschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reschedule(@PathParam("token") String token, @FormParam("formToken") String formToken,
                               @FormParam("start") String start, @FormParam("tz") String tz) {
        forms.check(PURPOSE, subject(token), formToken);
        Instant when = BookingForm.instant(start);
        if (when != null) {
            try {
                bookings.view(token);
            } catch (GoneException expired) {
                return expired(expired);
            }
        }
        if (when == null) {
            return page(token, tz, null, null, null, "Please choose a new time.", 400);
        }
        try {
            bookings.reschedule(token, when);
        } catch (SlotTakenException taken) {
            return page(token, tz, null, null, null, "Sorry, that time has just been taken. Please choose another.", 409);
        } catch (ConflictException | InvalidInputException refused) {
            return page(token, tz, null, null, null, refused.getMessage(), 409);
        }
        return seeOther(token, tz, "rescheduled");
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("token") String token, @FormParam("formToken") String formToken,
                           @FormParam("reason") String reason, @FormParam("tz") String tz) {
        forms.check(PURPOSE, subject(token), formToken);
        String cleaned = reason == null ? null : reason.replaceAll("\\p{Cc}", " ").strip();
        if (cleaned != null && cleaned.length() > 1000) {
            return page(token, tz, null, null, null, "Please keep the reason under 1000 characters.", 400);
        }
        try {
            bookings.cancel(token, cleaned == null || cleaned.isEmpty() ? null : cleaned);
        } catch (GoneException expired) {
            return expired(expired);
        } catch (ConflictException refused) {
            return page(token, tz, null, null, null, refused.getMessage(), 409);
        }
        return seeOther(token, tz, "cancelled");
    }

    private Response page(String token, String tz, String from, String day, String notice, String problem, int status) {
        BookingView booking;
        try {
            booking = bookings.view(token);
        } catch (GoneException expired) {
            return expired(expired);
        }
        ZoneId zone = pickers.zone(tz != null ? tz : booking.timezone());
        String path = "/manage/" + token;
        String formToken = forms.issue(PURPOSE, subject(token));
        boolean changeable = Boolean.TRUE.equals(booking.changeable());
        SlotPicker picker = !changeable ? null : pickers.picker(booking.therapist().slug(), zone,
                pickers.date(from, pickers.today(zone)), pickers.date(day, null), path, List.of(), path + "/reschedule",
                "post", List.of(new Hidden("tz", zone.getId()), new Hidden("formToken", formToken)));
        Managed managed = new Managed(booking.reference(), pickers.describe(booking.start(), zone),
                booking.therapist().name(), booking.status() == BookingStatus.CANCELLED, changeable,
                booking.cancelReason(), path, formToken, zone.getId());
        PageMeta meta = pages.meta("Your discovery call " + booking.reference(),
                "View, move or cancel your discovery call.", "/book").hidden().forZone(zone.getId());
        CallSummary call = summaries.of(booking, token, zone);
        return Response.status(status).entity(Templates.manage(meta, managed, picker, notice, problem, call))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    /** A link past its life says so plainly and offers a new booking (410, like the API). */
    private Response expired(GoneException expired) {
        PageMeta meta = pages.meta("This booking link has expired", "Book a new discovery call.", "/book").hidden();
        return Response.status(410).entity(Templates.expired(meta, expired.getMessage()))
                .header("Cache-Control", "no-store").build();
    }

    private static Response seeOther(String token, String tz, String done) {
        List<Hidden> query = tz == null ? List.of(new Hidden("done", done))
                : List.of(new Hidden("done", done), new Hidden("tz", tz));
        return Response.seeOther(URI.create("/manage/" + token + Hidden.query(query)))
                .header("Cache-Control", "no-store").build();
    }

    /** Form tokens bound to this booking only (by its manage token's hash: the token itself stays out of them). */
    private static String subject(String token) {
        return Secrets.hash(token == null ? "" : token);
    }
}
