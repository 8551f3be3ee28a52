package app.hearth.staff;

import app.hearth.auth.StaffSessions;
import app.hearth.auth.User;
import app.hearth.calendarsync.CalendarChoice;
import app.hearth.calendarsync.CalendarConnections;
import app.hearth.calendarsync.CalendarRequest;
import app.hearth.calendarsync.CalendarSync;
import app.hearth.calendarsync.ConnectionView;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.TextRules;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The therapist's own calendars on their workspace: each connection's state, last sync and last error, with sync
 * now, remove, the choice of busy calendars, and forms to add an ICS subscription or a CalDAV account.
 */
@Path("/staff/calendars")
@Produces(MediaType.TEXT_HTML)
public class CalendarPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a", Locale.CANADA);
    private static final Map<String, String> LABELS = Map.of("kind", "Kind", "url", "Address", "username", "Username",
            "password", "App password", "busy", "Busy calendars", "write", "Calendar for bookings",
            "clientNameInTitle", "Client's name in the title", "transparentBusy", "Free events count as busy",
            "whenStale", "When the calendar cannot be read");

    @Inject
    StaffGate gate;
    @Inject
    CalendarConnections connections;
    @Inject
    CalendarSync sync;
    @Inject
    HearthConfig config;

    /** One connection as the page shows it, with its times already in the therapist's zone. */
    record Line(ConnectionView connection, String lastSync) {
        /** Whether one of the account's calendars receives bookings. */
        public boolean writes() {
            return connection.calendars().stream().anyMatch(ConnectionView.CalendarView::write);
        }
    }

    /** {@code therapist} false for an admin with no therapist profile. */
    record Calendars(boolean therapist, String timezone, List<Line> lines, String staleAfter) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendars(StaffPage page, Calendars calendars);
    }

    @GET
    public Response view(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("done") String done) {
        StaffSessions.Current session = gate.signedIn(cookie);
        String notice = switch (done == null ? "" : done) {
            case "added" -> "The calendar is connected.";
            case "synced" -> "The calendar was read again.";
            case "chosen" -> "Your choice of calendars is saved.";
            case "removed" -> "The calendar is removed, with the busy time read from it.";
            default -> null;
        };
        return page(session, notice, List.of(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                        @FormParam("kind") String kind, @FormParam("url") String url,
                        @FormParam("username") String username, @FormParam("password") String password) {
        StaffSessions.Current session = changing(cookie, formToken);
        // a calendar's address and password are credentials: connecting one wants a recent sign-in
        gate.requireRecent(session, "/staff/calendars");
        Long therapistId = therapistId(session);
        if (blank(url) || !TextRules.isSingleLine(url) || url.length() > 2000) {
            return page(session, null, List.of(error("url", "must be the calendar's address, one line")), 400);
        }
        try {
            Long id = connections.add(therapistId, new CalendarRequest(kind == null ? "" : kind, url.strip(),
                    blank(username) ? null : username, blank(password) ? null : password));
            sync.sync(id);
        } catch (InvalidInputException e) {
            return page(session, null, e.errors().stream().map(f -> error(f.field(), f.message())).toList(), 400);
        }
        return StaffGate.seeOther("/staff/calendars?done=added");
    }

    @POST
    @Path("{id}/sync")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response syncNow(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                            @PathParam("id") Long id) {
        StaffSessions.Current session = changing(cookie, formToken);
        connections.view(therapistId(session), id);
        sync.sync(id);
        return StaffGate.seeOther("/staff/calendars?done=synced");
    }

    @POST
    @Path("{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                           @PathParam("id") Long id) {
        StaffSessions.Current session = changing(cookie, formToken);
        connections.remove(therapistId(session), id);
        return StaffGate.seeOther("/staff/calendars?done=removed");
    }

    @POST
    @Path("{id}/choose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                           @PathParam("id") Long id, @FormParam("busy") List<String> busy, @FormParam("write") String write,
                           @FormParam("clientNameInTitle") String clientNameInTitle,
                           @FormParam("transparentBusy") List<String> transparentBusy, @FormParam("whenStale") String whenStale) {
        StaffSessions.Current session = changing(cookie, formToken);
        Long therapistId = therapistId(session);
        try {
            connections.choose(therapistId, id, new CalendarChoice(busy == null ? List.of() : busy,
                    blank(write) ? null : write, "yes".equals(clientNameInTitle),
                    transparentBusy == null ? List.of() : transparentBusy, blank(whenStale) ? null : whenStale));
        } catch (InvalidInputException e) {
            return page(session, null, e.errors().stream().map(f -> error(f.field(), f.message())).toList(), 400);
        }
        sync.sync(id);
        return StaffGate.seeOther("/staff/calendars?done=chosen");
    }

    /**
     * Every change on this page passes here: a live signed-in session and its form token (adding a connection
     * also asks for a recent sign-in).
     */
    private StaffSessions.Current changing(String cookie, String formToken) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, formToken);
        return session;
    }

    private static Long therapistId(StaffSessions.Current session) {
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findById(session.userId());
            return user.therapist == null ? null : user.therapist.id;
        });
        if (id == null) {
            throw new NotFoundException("This account is not linked to a therapist, so it has no calendars.");
        }
        return id;
    }

    private Response page(StaffSessions.Current session, String notice, List<StaffPage.FieldError> errors, int status) {
        Calendars calendars = QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findById(session.userId());
            if (user.therapist == null) {
                return new Calendars(false, null, List.of(), null);
            }
            ZoneId zone = user.therapist.zone();
            List<Line> lines = connections.list(user.therapist.id).stream()
                    .map(c -> new Line(c, c.lastSyncAt() == null ? null : WHEN.format(c.lastSyncAt().atZone(zone))))
                    .toList();
            long days = config.calendar().staleAfter().toDays();
            String stale = days >= 1 ? days + (days == 1 ? " day" : " days") : config.calendar().staleAfter().toHours() + " hours";
            return new Calendars(true, zone.getId(), lines, stale);
        });
        StaffPage page = gate.page("Your calendars", session).withNotice(notice).withErrors(errors);
        return Response.status(status).entity(Templates.calendars(page, calendars)).build();
    }

    private static StaffPage.FieldError error(String field, String message) {
        return new StaffPage.FieldError(field, LABELS.getOrDefault(field, field), message);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
