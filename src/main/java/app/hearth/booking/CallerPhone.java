package app.hearth.booking;

import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.ZoneCountries;
import app.hearth.meeting.PhoneNumbers;
import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.util.List;

/**
 * The phone rule of a booking: a call by phone needs a number that parses for the client's region (their zone's
 * country, else the practice's), kept in E.164 form; other kinds keep an optional number as typed.
 */
@ApplicationScoped
class CallerPhone {

    @Inject
    CallPlans plans;
    @Inject
    HearthConfig config;

    /**
     * The candidates who can take this client: without a number, those who phone their clients cannot. Refuses the
     * request (400 on client.phone) when that leaves no one, or when a number is needed and does not parse.
     */
    List<Long> usable(List<Long> candidates, CreateBookingRequest request) {
        List<Therapist> therapists = candidates.stream().map(id -> Therapist.<Therapist>findById(id)).toList();
        boolean anyNeedsPhone = therapists.stream().anyMatch(plans::needsPhone);
        if (!anyNeedsPhone) {
            return candidates;
        }
        String phone = request.client().phone();
        if (phone == null || phone.isBlank()) {
            List<Long> others = therapists.stream().filter(t -> !plans.needsPhone(t)).map(t -> t.id).toList();
            if (others.isEmpty()) {
                throw new InvalidInputException("client.phone", "is needed: the therapist will phone you for this call");
            }
            return others;
        }
        normalised(request);
        return candidates;
    }

    /** The number to keep for this therapist's call: E.164 when they phone, else as typed (or null). */
    String forCall(Therapist therapist, CreateBookingRequest request) {
        String phone = request.client().phone();
        if (phone == null || phone.isBlank()) {
            return null;
        }
        return plans.needsPhone(therapist) ? normalised(request) : phone.strip();
    }

    private String normalised(CreateBookingRequest request) {
        String region = ZoneCountries.country(zone(request.timezone()), config.practiceTimezone()).orElse("ZZ");
        return PhoneNumbers.normalise(request.client().phone(), region).orElseThrow(() -> new InvalidInputException(
                "client.phone", "is not a phone number we can call: include the area code, and the country code ("
                        + "+44 …) for a number outside " + ("GB".equals(region) ? "the UK" : "North America")));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
