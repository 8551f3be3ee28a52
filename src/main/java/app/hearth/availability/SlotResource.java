package app.hearth.availability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.annotation.Timed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Clock;

/**
 * Free discovery-call times over HTTP, for one therapist or anyone available, shown in the visitor's zone.
 * AvailabilityService answers; this keeps the serialized answer briefly so a burst of visitors costs one.
 */
@Path("/api/slots")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

    @Inject
    AvailabilityService availability;
    @Inject
    Clock clock;
    @Inject
    SlotAnswerCache cache;
    @Inject
    ObjectMapper json;

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
                return json.writeValueAsBytes(availability.slots(new SlotQuery(therapist, from, to, timezone)));
            } catch (JsonProcessingException impossible) {
                throw new IllegalStateException(impossible);
            }
        });
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
