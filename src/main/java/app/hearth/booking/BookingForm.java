package app.hearth.booking;

import app.hearth.booking.SlotPicker.Hidden;
import app.hearth.common.ConflictException;
import app.hearth.common.InvalidInputException;
import app.hearth.common.Secrets;
import app.hearth.seal.FormPurpose;
import app.hearth.seal.FormTokens;
import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The details step of the booking flow, independent of layout: issues the form, checks a submission and books
 * it through BookingService. BookingPages renders its outcomes in whichever frame the flow runs.
 */
@ApplicationScoped
class BookingForm {

    static final FormPurpose PURPOSE = new FormPurpose("book", Duration.ofHours(3));
    private static final List<String> FIELDS = List.of("name", "email", "phone", "message", "consent");

    @Inject
    SlotPickers pickers;
    @Inject
    BookingService bookings;
    @Inject
    FormTokens forms;
    @Inject
    Validator validator;
    @Inject
    BookingLimits limits;
    @Inject
    CallPlans plans;

    /** What a visitor sent from the details form. */
    record Submission(String formToken, String requestKey, String start, String tz, String name, String email,
                             String phone, String message, String consent, String proofOfWork) {
    }

    /** How a submission ended. */
    sealed interface Outcome permits Booked, Invalid, Refused {
    }

    /** Booked: show the confirmation. */
    record Booked(Confirmation confirmation) implements Outcome {
    }

    /** Something typed was wrong: show the form again with the messages (400). */
    record Invalid(DetailsForm form) implements Outcome {
    }

    /** The time cannot be had any more: back to the times with a notice (409), on the given day if known. */
    record Refused(String notice, String day, String tz) implements Outcome {
    }

    /** Booked: the manage token, which the confirmation page's address carries (and nothing more secret). */
    record Confirmation(String manageToken) {
    }

    DetailsForm blank(BookingChoice choice, Instant start, ZoneId zone) {
        return form(choice, start, zone, Map.of(), Map.of(), Secrets.newToken());
    }

    /** Checks the form token first: a forged or stale post ends in FormExpiredException (403). */
    Outcome submit(BookingChoice choice, Submission sent) {
        forms.check(PURPOSE, choice.slug(), sent.formToken());
        Instant start = instant(sent.start());
        ZoneId zone = pickers.zone(sent.tz());
        if (start == null) {
            return new Refused("Please choose a time first.", null, zone.getId());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", orEmpty(sent.name()));
        values.put("email", orEmpty(sent.email()).strip());
        values.put("phone", orEmpty(sent.phone()).strip());
        values.put("message", orEmpty(sent.message()));
        values.put("consent", "yes".equals(sent.consent()) ? "yes" : "");
        CreateBookingRequest request = new CreateBookingRequest(choice.slug(), start, zone.getId(),
                new CreateBookingRequest.Client(values.get("name").strip(), values.get("email"),
                        values.get("phone").isEmpty() ? null : values.get("phone")),
                values.get("message").isBlank() ? null : values.get("message"), "yes".equals(sent.consent()));
        // the key written into the form makes a resent form (refresh, double click) return the first booking
        String key = sent.requestKey() != null && sent.requestKey().matches("[A-Za-z0-9_-]{20,64}")
                ? sent.requestKey() : Secrets.newToken();
        Map<String, String> errors = errors(validator.validate(request));
        if (!errors.isEmpty()) {
            return new Invalid(form(choice, start, zone, values, errors, key));
        }
        try {
            BookingView booked = bookings.book(request, key, new BookingLimits.Admission(sent.proofOfWork()));
            return new Booked(new Confirmation(booked.manageToken()));
        } catch (SlotTakenException taken) {
            return new Refused("Sorry, someone has just booked that time. Please choose another.",
                    start.atZone(zone).toLocalDate().toString(), zone.getId());
        } catch (ConflictException refused) {
            return new Refused(refused.getMessage(), null, zone.getId());
        } catch (InvalidInputException invalid) {
            Map<String, String> problems = new LinkedHashMap<>();
            invalid.errors().forEach(e -> problems.put(formField(e.field()), e.message()));
            if (problems.containsKey("start")) {
                return new Refused("That time can no longer be booked (" + problems.get("start")
                        + "). Please choose another.", null, zone.getId());
            }
            return new Invalid(form(choice, start, zone, values, problems, key));
        }
    }

    private DetailsForm form(BookingChoice choice, Instant start, ZoneId zone, Map<String, String> values,
                             Map<String, String> errors, String requestKey) {
        String change = choice.link("", new Hidden("tz", zone.getId()),
                new Hidden("day", start.atZone(zone).toLocalDate().toString()));
        List<Therapist> who = choice.isAny() ? Therapist.bookable()
                : Therapist.findListed(choice.slug()).stream().toList();
        // "any" needs a number only when everyone phones: without one, those who do not phone take the call
        boolean phone = !who.isEmpty() && who.stream().allMatch(plans::needsPhone);
        List<String> ways = who.stream().map(plans::preview).distinct().toList();
        String how = ways.size() == 1 ? ways.get(0) : "By phone, video or in person, depending on who takes the call: "
                + "your confirmation says which.";
        return new DetailsForm(choice.link(""), start.toString(), pickers.describe(start, zone), zone.getId(),
                forms.issue(PURPOSE, choice.slug()), requestKey, values, errors, change, how, phone,
                limits.proofRequired() ? limits.challenge() : null);
    }

    static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Bean Validation paths ("client.email") as the form's field names ("email"), first message per field. */
    static Map<String, String> errors(Set<ConstraintViolation<CreateBookingRequest>> violations) {
        List<ConstraintViolation<CreateBookingRequest>> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing(v -> order(formField(v.getPropertyPath().toString()))));
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<CreateBookingRequest> v : sorted) {
            errors.putIfAbsent(formField(v.getPropertyPath().toString()), v.getMessage());
        }
        return errors;
    }

    private static int order(String field) {
        int index = FIELDS.indexOf(field);
        return index < 0 ? FIELDS.size() : index;
    }

    static String formField(String path) {
        return path.startsWith("client.") ? path.substring("client.".length()) : path;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
