package app.hearth.team;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.StaffSessions;
import app.hearth.booking.BookingReassignment;
import app.hearth.booking.BookingStatus;
import app.hearth.common.InvalidInputException;
import app.hearth.booking.TherapistBookingService;
import app.hearth.common.ConflictException;
import app.hearth.common.NotFoundException;
import app.hearth.staff.StaffGate;
import app.hearth.staff.StaffPage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
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

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The console's pages about one therapist: their public profile (the same change the admin API's update makes) and,
 * after a deactivation, their upcoming bookings, which the admin cancels one by one (the client is mailed).
 */
@Path("/staff/admin/team")
@Produces(MediaType.TEXT_HTML)
public class TherapistAdminPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z", Locale.CANADA);
    private static final List<String> FIELDS = List.of("name", "slug", "pronouns", "credentials", "bio", "photoUrl",
            "timezone", "email", "specialties", "languages");

    @Inject
    StaffGate gate;
    @Inject
    AdminTherapistService therapists;
    @Inject
    TeamAccounts team;
    @Inject
    TherapistBookingService bookings;
    @Inject
    BookingReassignment reassignment;
    @Inject
    AccountAudit audit;
    @Inject
    Validator validator;
    @Inject
    Clock clock;

    /** The profile form as posted; lists are comma-separated. */
    public static class ProfileForm {
        @FormParam("formToken") String formToken;
        @FormParam("name") String name;
        @FormParam("slug") String slug;
        @FormParam("pronouns") String pronouns;
        @FormParam("credentials") String credentials;
        @FormParam("bio") String bio;
        @FormParam("photoUrl") String photoUrl;
        @FormParam("timezone") String timezone;
        @FormParam("email") String email;
        @FormParam("specialties") String specialties;
        @FormParam("languages") String languages;
        @FormParam("accepting") String accepting;

        static ProfileForm of(AdminTherapistView t) {
            ProfileForm form = new ProfileForm();
            form.name = t.name();
            form.slug = t.slug();
            form.pronouns = t.pronouns();
            form.credentials = t.credentials();
            form.bio = t.bio();
            form.photoUrl = t.photoUrl();
            form.timezone = t.timezone();
            form.email = t.email();
            form.specialties = String.join(", ", t.specialties());
            form.languages = String.join(", ", t.languages());
            form.accepting = t.acceptingNewClients() ? "on" : null;
            return form;
        }

        TherapistRequest request() {
            return new TherapistRequest(trim(slug), trim(name), trim(pronouns), trim(credentials), trim(bio),
                    trim(photoUrl), trim(timezone), trim(email), list(specialties), list(languages), accepting != null,
                    null);
        }

        public String name() { return name; }
        public String slug() { return slug; }
        public String pronouns() { return pronouns; }
        public String credentials() { return credentials; }
        public String bio() { return bio; }
        public String photoUrl() { return photoUrl; }
        public String timezone() { return timezone; }
        public String email() { return email; }
        public String specialties() { return specialties; }
        public String languages() { return languages; }
        public boolean accepting() { return accepting != null; }

        private static String trim(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static List<String> list(String value) {
            return value == null ? List.of()
                    : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** One upcoming booking of a therapist, as the admin sees it when they leave, with who could take it. */
    record Upcoming(String reference, String when, String clientName, List<BookingReassignment.Colleague> free) {
        /** The id of the row's "move to" choice, which its error names. */
        public String field() {
            return "reassign-" + reference;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(StaffPage page, long id, boolean shown, ProfileForm form);

        static native TemplateInstance bookings(StaffPage page, TeamAccounts.Member member, String therapistName,
                                                List<Upcoming> upcoming);
    }

    @GET
    @Path("profiles/{id}")
    public Response profile(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("id") long id,
                            @QueryParam("done") String done) {
        StaffSessions.Current session = gate.admin(cookie);
        AdminTherapistView therapist = therapists.get(id);
        StaffPage page = gate.page("Profile of " + therapist.name(), session)
                .withNotice(done == null ? null : "The profile is saved.");
        return Response.ok(Templates.profile(page, id, therapist.active(), ProfileForm.of(therapist))).build();
    }

    @POST
    @Path("profiles/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveProfile(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("id") long id,
                                @BeanParam ProfileForm form) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, form.formToken);
        AdminTherapistView therapist = therapists.get(id);
        TherapistRequest request = form.request();
        List<StaffPage.FieldError> errors = errors(validator, request, FIELDS);
        if (errors.isEmpty()) {
            try {
                therapists.update(id, request);
                audit.record(session.userId(), Action.PROFILE_CHANGED, "therapist " + id);
                return StaffGate.seeOther("/staff/admin/team/profiles/" + id + "?done=saved");
            } catch (ConflictException e) {
                errors = List.of(new StaffPage.FieldError("slug", "Address name", e.getMessage()));
            }
        }
        StaffPage page = gate.page("Profile of " + therapist.name(), session).withErrors(errors);
        return Response.status(400).entity(Templates.profile(page, id, therapist.active(), form)).build();
    }

    @GET
    @Path("{id}/bookings")
    public Response bookings(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("id") long id,
                             @QueryParam("done") String done) {
        return bookingsPage(gate.admin(cookie), id, done, List.of(), 200);
    }

    private Response bookingsPage(StaffSessions.Current session, long id, String done, List<StaffPage.FieldError> errors,
                                  int status) {
        TeamAccounts.Member member = team.member(id);
        String notice = done == null ? null : switch (done) {
            case "deactivated" -> "The account is deactivated and its sessions ended."
                    + (member.therapist() ? " The therapist is hidden from the site and takes no new bookings." : "");
            case "cancelled" -> "The booking is cancelled and the client is told by email.";
            case "reassigned" -> "The booking is with the colleague now; the client and the colleague are told by email.";
            default -> null;
        };
        String name = member.therapist() ? therapists.get(member.therapistId()).name() : null;
        ZoneId zone = member.therapist() ? ZoneId.of(therapists.get(member.therapistId()).timezone()) : ZoneId.of("UTC");
        List<Upcoming> upcoming = !member.therapist() ? List.of() : QuarkusTransaction.requiringNew().call(() ->
                bookings.between(member.therapistId(), clock.instant(), clock.instant().plus(java.time.Duration.ofDays(3660)))
                        .stream().filter(b -> b.status() == BookingStatus.CONFIRMED)
                        .map(b -> new Upcoming(b.reference(), WHEN.format(b.start().atZone(zone)), b.client().name(),
                                reassignment.freeColleagues(member.therapistId(), b.reference())))
                        .toList());
        StaffPage page = gate.page("Upcoming bookings", session).withNotice(notice).withErrors(errors);
        return Response.status(status).entity(Templates.bookings(page, member, name, upcoming)).build();
    }

    @POST
    @Path("{id}/bookings/{reference}/reassign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reassign(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                             @PathParam("id") long id, @PathParam("reference") String reference,
                             @FormParam("therapist") String colleague) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        TeamAccounts.Member member = team.member(id);
        if (!member.therapist()) {
            throw new NotFoundException("This account has no bookings.");
        }
        String field = "reassign-" + reference; // as Upcoming.field names it
        try {
            reassignment.reassign(member.therapistId(), reference, colleague == null || !colleague.matches("\\d{1,18}")
                    ? null : Long.valueOf(colleague));
        } catch (InvalidInputException e) {
            return bookingsPage(session, id, null, List.of(new StaffPage.FieldError(field, "Move to",
                    "Choose a colleague who is free at this time.")), 400);
        } catch (ConflictException e) {
            String why = "slot-taken".equals(e.type())
                    ? "That colleague is no longer free at this time. Choose another, or cancel the call."
                    : e.getMessage();
            return bookingsPage(session, id, null, List.of(new StaffPage.FieldError(field, "Move to", why)), 409);
        }
        audit.record(session.userId(), Action.BOOKING_REASSIGNED, "booking " + reference + " to therapist " + colleague);
        return StaffGate.seeOther("/staff/admin/team/" + id + "/bookings?done=reassigned");
    }

    @POST
    @Path("{id}/bookings/{reference}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                           @PathParam("id") long id, @PathParam("reference") String reference) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        TeamAccounts.Member member = team.member(id);
        if (!member.therapist()) {
            throw new NotFoundException("This account has no bookings.");
        }
        bookings.cancel(member.therapistId(), reference, "Your therapist is no longer available.");
        audit.record(session.userId(), Action.BOOKING_CANCELLED, "booking " + reference);
        return StaffGate.seeOther("/staff/admin/team/" + id + "/bookings?done=cancelled");
    }

    /** A profile's field errors in the order the form shows the fields: the console's and the therapist's own. */
    static List<StaffPage.FieldError> errors(Validator validator, TherapistRequest request, List<String> order) {
        return validator.validate(request).stream().map(TherapistAdminPages::error)
                .sorted(Comparator.comparing(e -> order.indexOf(e.id()))).toList();
    }

    static StaffPage.FieldError error(ConstraintViolation<TherapistRequest> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.contains("[") || path.contains(".") ? path.replaceAll("[\\[.].*", "") : path;
        String label = switch (field) {
            case "name" -> "Name";
            case "slug" -> "Address name";
            case "pronouns" -> "Pronouns";
            case "credentials" -> "Credentials";
            case "bio" -> "Biography";
            case "photoUrl" -> "Photo address";
            case "timezone" -> "Time zone";
            case "email" -> "Email for invitations";
            case "specialties" -> "Specialties";
            default -> "Languages";
        };
        return new StaffPage.FieldError(field, label, violation.getMessage());
    }
}
