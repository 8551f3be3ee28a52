package app.hearth.staff;

import app.hearth.auth.StaffSessions;
import app.hearth.availability.OverrideKind;
import app.hearth.availability.ScheduleService;
import app.hearth.availability.TimeOffRequest;
import app.hearth.availability.TimeOffView;
import app.hearth.availability.WeeklyHours;
import app.hearth.availability.WeeklyHoursChange;
import app.hearth.availability.WeeklyHoursInZone;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.TimeZoneName;
import app.hearth.staff.AvailabilityEditor.Editor;
import app.hearth.therapist.BookingPolicy;
import app.hearth.therapist.Therapist;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The availability editor: weekly hours (with copy to other days), date overrides on a month calendar, and the
 * booking policy. Every change goes through ScheduleService, which clears cached slot answers on commit and reports
 * the upcoming bookings the new hours no longer cover; those are listed with links, never cancelled.
 */
@Path("/staff/availability")
@Produces(MediaType.TEXT_HTML)
public class AvailabilityPages {

    private static final Map<String, String> POLICY_FIELDS = Map.of("bufferBeforeMinutes", "before",
            "bufferAfterMinutes", "after", "minimumNoticeHours", "notice", "horizonDays", "horizon", "maxPerDay", "maxPerDay");
    private static final Map<String, String> POLICY_LABELS = Map.of("before", "Buffer before", "after", "Buffer after",
            "notice", "Minimum notice", "horizon", "Horizon", "maxPerDay", "Calls per day at most");

    @Inject
    StaffGate gate;
    @Inject
    AvailabilityEditor editor;
    @Inject
    ScheduleService schedules;
    @Inject
    Validator validator;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(StaffPage page, Editor editor);
    }

    @GET
    public TemplateInstance view(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("month") String month,
                                 @QueryParam("date") String date) {
        StaffSessions.Current session = gate.signedIn(cookie);
        Therapist therapist = gate.therapist(session);
        return Templates.editor(gate.page("Availability", session), editor.stored(therapist, month, date));
    }

    @POST
    @Path("hours")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hours(@CookieParam(StaffGate.COOKIE) String cookie, MultivaluedMap<String, String> form) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, form.getFirst("formToken"));
        Therapist therapist = gate.therapist(session);
        HoursForm.Read read = HoursForm.read(form::getFirst);
        String zone = form.getFirst("timezone");
        List<StaffPage.FieldError> errors = new ArrayList<>(read.errors());
        if (zone == null || !TimeZoneName.Validator.isValid(zone)) {
            errors.add(0, new StaffPage.FieldError("timezone", "Time zone", "must be one of the listed zones"));
            zone = therapist.timezone;
        }
        if (!errors.isEmpty()) {
            Editor typed = editor.stored(therapist, null, null).withHours(zone, read.days());
            return invalid(session, typed, errors);
        }
        WeeklyHoursChange change = schedules.replaceSchedule(therapist.id, new WeeklyHoursInZone(zone, read.rules()));
        return saved(session, "Weekly hours saved.", change.conflicts());
    }

    @POST
    @Path("copy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response copy(@CookieParam(StaffGate.COOKIE) String cookie, MultivaluedMap<String, String> form) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, form.getFirst("formToken"));
        Therapist therapist = gate.therapist(session);
        DayOfWeek from = day(form.getFirst("from"));
        List<DayOfWeek> to = form.getOrDefault("to", List.of()).stream().map(AvailabilityPages::day)
                .filter(d -> d != null && d != from).distinct().toList();
        if (from == null || to.isEmpty()) {
            return invalid(session, editor.stored(therapist, null, null), List.of(new StaffPage.FieldError("copy-to",
                    "Copy to", "choose a day to copy from and at least one other day")));
        }
        WeeklyHoursInZone now = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> schedules.schedule(therapist));
        List<WeeklyHours> rules = new ArrayList<>(now.rules().stream().filter(r -> !to.contains(r.day())).toList());
        for (WeeklyHours r : now.rules()) {
            if (r.day() == from) {
                to.forEach(d -> rules.add(new WeeklyHours(d, r.start(), r.end())));
            }
        }
        WeeklyHoursChange change = schedules.replaceSchedule(therapist.id, new WeeklyHoursInZone(now.timezone(), rules));
        return saved(session, HoursForm.label(from) + "'s hours copied to " + to.size() + " other day"
                + (to.size() == 1 ? "." : "s."), change.conflicts());
    }

    @POST
    @Path("policy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response policy(@CookieParam(StaffGate.COOKIE) String cookie, MultivaluedMap<String, String> form) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, form.getFirst("formToken"));
        Therapist therapist = gate.therapist(session);
        AvailabilityEditor.Policy typed = new AvailabilityEditor.Policy(form.getFirst("before"), form.getFirst("after"),
                form.getFirst("notice"), form.getFirst("horizon"), form.getFirst("maxPerDay"));
        List<StaffPage.FieldError> errors = new ArrayList<>();
        BookingPolicy policy = new BookingPolicy(number(typed.before(), "before", errors), number(typed.after(), "after", errors),
                number(typed.notice(), "notice", errors), number(typed.horizon(), "horizon", errors),
                number(typed.maxPerDay(), "maxPerDay", errors));
        for (ConstraintViolation<BookingPolicy> v : validator.validate(policy)) {
            String id = POLICY_FIELDS.get(v.getPropertyPath().toString());
            if (errors.stream().noneMatch(e -> e.id().equals(id))) {
                errors.add(new StaffPage.FieldError(id, POLICY_LABELS.get(id), v.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            return invalid(session, editor.stored(therapist, null, null).withPolicy(typed), errors);
        }
        schedules.setPolicy(therapist.id, policy);
        return saved(session, "Booking policy saved.", List.of());
    }

    @POST
    @Path("overrides")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addOverride(@CookieParam(StaffGate.COOKIE) String cookie, MultivaluedMap<String, String> form) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, form.getFirst("formToken"));
        Therapist therapist = gate.therapist(session);
        AvailabilityEditor.Override typed = new AvailabilityEditor.Override(blank(form.getFirst("date")),
                "AVAILABLE".equals(form.getFirst("kind")) ? "AVAILABLE" : "UNAVAILABLE", blank(form.getFirst("start")),
                blank(form.getFirst("end")));
        List<StaffPage.FieldError> errors = new ArrayList<>();
        LocalDate date = parse(typed.date(), "date", "Date", errors, LocalDate::parse);
        LocalTime start = typed.start().isEmpty() ? null : parse(typed.start(), "start", "From", errors, LocalTime::parse);
        LocalTime end = typed.end().isEmpty() ? null : parse(typed.end(), "end", "Until", errors, LocalTime::parse);
        if (errors.isEmpty()) {
            try {
                TimeOffView added = schedules.addTimeOff(therapist.id,
                        new TimeOffRequest(date, OverrideKind.valueOf(typed.kind()), start, end));
                return saved(session, "Date override added.", added.conflicts());
            } catch (InvalidInputException refused) {
                refused.errors().forEach(e -> errors.add(new StaffPage.FieldError(e.field(), label(e.field()), e.message())));
            }
        }
        Editor shown = editor.stored(therapist, date == null ? null : date.toString().substring(0, 7), typed.date());
        return invalid(session, shown.withOverride(typed), errors);
    }

    @POST
    @Path("overrides/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeOverride(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("id") String id,
                                   MultivaluedMap<String, String> form) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, form.getFirst("formToken"));
        Therapist therapist = gate.therapist(session);
        long overrideId;
        try {
            overrideId = Long.parseLong(id);
        } catch (NumberFormatException unreadable) {
            throw new NotFoundException("You have no date override with that id.");
        }
        return saved(session, "Date override removed.", schedules.removeTimeOff(therapist.id, overrideId));
    }

    private Response saved(StaffSessions.Current session, String notice, List<app.hearth.availability.BookingConflict> found) {
        Therapist therapist = gate.therapist(session);
        Editor shown = editor.stored(therapist, null, null).savedWith(editor.conflicts(therapist, found));
        return Response.ok(Templates.editor(gate.page("Availability", session).withNotice(notice), shown)).build();
    }

    private Response invalid(StaffSessions.Current session, Editor shown, List<StaffPage.FieldError> errors) {
        return Response.status(400).entity(Templates.editor(gate.page("Availability", session).withErrors(errors),
                shown)).build();
    }

    private static Integer number(String text, String id, List<StaffPage.FieldError> errors) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException unreadable) {
            errors.add(new StaffPage.FieldError(id, POLICY_LABELS.get(id), "must be a whole number"));
            return 0;
        }
    }

    private static <T> T parse(String text, String id, String label, List<StaffPage.FieldError> errors,
                               java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (DateTimeException unreadable) {
            errors.add(new StaffPage.FieldError(id, label, text.isEmpty() ? "is missing" : "is not readable"));
            return null;
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "date" -> "Date";
            case "start" -> "From";
            case "end" -> "Until";
            default -> field;
        };
    }

    private static DayOfWeek day(String name) {
        try {
            return name == null ? null : DayOfWeek.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
