package app.hearth.mail;

import app.hearth.common.Roles;
import app.hearth.common.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Mail delivery for admins: what is pending, sent or dead, and a retry for the dead. */
@Path("/api/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminOutboxResource {

    @Inject
    OutboxAdmin outbox;

    @GET
    @Operation(summary = "Outbox messages, newest first, optionally only those in one state")
    public List<OutboxView> list(
            @Parameter(description = "PENDING, SENT, DEAD or WITHDRAWN") @QueryParam("state") String state,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return outbox.list(state == null || state.isBlank() ? null : parse(state), limit);
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Send a dead message again, with a fresh set of attempts")
    public OutboxView retry(@PathParam("id") long id) {
        return outbox.retry(id);
    }

    private static OutboxState parse(String state) {
        try {
            return OutboxState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("state", "must be one of " + Arrays.stream(OutboxState.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
