package app.hearth.availability;

import app.hearth.common.DateWindow;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.Problem.FieldError;
import app.hearth.common.TimeZoneName;
import app.hearth.therapist.Therapist;
import app.hearth.therapist.TherapistView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Free discovery-call times, for one therapist or anyone available, shown in the visitor's zone. */
@Path("/api/slots")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

    static final int MAX_DAYS = 62;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    AvailabilityService availability;
    @Inject
    HearthConfig config;
    @Inject
    Clock clock;
    @Inject
    SlotAnswerCache cache;
    @Inject
    ObjectMapper json;

    public record SlotsView(String timezone, int durationMinutes, List<OpenSlot> slots) {
    }

    public record OpenSlot(Instant start, Instant end, LocalDate localDate, String localTime,
                           List<TherapistView.Ref> therapists) {
    }

    @GET
    @Timed(value = "hearth.slots.query", description = "Time to answer a free-slot query")
    @Operation(summary = "Free discovery-call slots between two dates (inclusive, at most 62 days)")
    @APIResponse(responseCode = "200", description = "The free slots, sorted by start",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SlotsView.class)))
    public Response slotsAnswer(
            @Parameter(description = "a therapist's slug, or \"any\"") @QueryParam("therapist") String therapist,
            @Parameter(description = "first date, YYYY-MM-DD, in the given zone; default today") @QueryParam("from") String from,
            @Parameter(description = "last date, YYYY-MM-DD, inclusive; default 13 days after from") @QueryParam("to") String to,
            @Parameter(description = "IANA zone to read dates and show times in") @QueryParam("timezone") String timezone) {
        // the minute is part of the key: default dates and minimum notice follow the clock
        String key = String.join("\u0000", String.valueOf(therapist), String.valueOf(from), String.valueOf(to),
                String.valueOf(timezone), Long.toString(clock.instant().getEpochSecond() / 60));
        byte[] body = cache.answer(key, () -> {
            try {
                return json.writeValueAsBytes(slots(therapist, from, to, timezone));
            } catch (JsonProcessingException impossible) {
                throw new IllegalStateException(impossible);
            }
        });
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The free slots, computed afresh (the site's pages call this; the HTTP answer above may reuse one). */
    public SlotsView slots(String therapist, String from, String to, String timezone) {
        List<FieldError> errors = new ArrayList<>();
        boolean any = therapist == null || therapist.isBlank() || therapist.equals("any");
        Therapist one = any ? null : Therapist.findListed(therapist)
                .orElseThrow(() -> new NotFoundException("No therapist with that name is listed."));
        ZoneId zone = any ? config.practiceTimezone() : one.zone();
        if (timezone != null && !timezone.isBlank()) {
            if (TimeZoneName.Validator.isValid(timezone)) {
                zone = ZoneId.of(timezone);
            } else {
                errors.add(new FieldError("timezone", "must be an IANA time zone such as America/Toronto"));
            }
        }
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        DateWindow window = DateWindow.parse(from, to, today, 13, MAX_DAYS, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        Instant windowStart = window.startIn(zone);
        Instant windowEnd = window.endIn(zone);
        Instant now = clock.instant();
        Map<TherapistView.Ref, List<Slot>> byTherapist = new LinkedHashMap<>();
        for (Therapist t : any ? Therapist.bookable() : List.of(one)) {
            byTherapist.put(TherapistView.Ref.of(t), availability.freeSlots(t, windowStart, windowEnd, now));
        }
        ZoneId shownIn = zone;
        List<OpenSlot> slots = SlotEngine.merge(byTherapist).stream().map(shared -> {
            ZonedDateTime local = shared.slot().start().atZone(shownIn);
            return new OpenSlot(shared.slot().start(), shared.slot().end(), local.toLocalDate(),
                    local.format(HH_MM), shared.free());
        }).toList();
        return new SlotsView(zone.getId(), (int) Schedule.DISCOVERY_CALL.toMinutes(), slots);
    }

}
