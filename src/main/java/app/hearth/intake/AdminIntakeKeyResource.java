package app.hearth.intake;

import app.hearth.booking.BookingReseal;
import app.hearth.calendarsync.CalendarSecretsReseal;
import app.hearth.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * After a key rotation, moves every intake record, every booking's sealed phone and message, and every calendar
 * connection's secrets still sealed with an older key to the current one: the report's remaining count covers all
 * three, so an old key is retired only when nothing needs it.
 */
@Path("/api/admin/intake-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
class AdminIntakeKeyResource {

    @Inject
    IntakeKeys keys;
    @Inject
    BookingReseal bookings;
    @Inject
    CalendarSecretsReseal calendars;

    /** What a re-encryption run did. */
    public record ResealReport(String currentKeyId, int resealed, long remaining) {
    }

    @POST
    @Path("re-encrypt")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Reseal every intake record and booking detail an older key sealed with the current key"
            + " (after a rotation)")
    public ResealReport reencrypt() {
        int resealed = keys.resealAll() + bookings.resealAll() + calendars.resealAll();
        long remaining = keys.sealedWithOlderKeys() + bookings.sealedWithOlderKeys() + calendars.sealedWithOlderKeys();
        return new ResealReport(keys.currentKeyId(), resealed, remaining);
    }
}
