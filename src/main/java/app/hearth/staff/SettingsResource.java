package app.hearth.staff;

import app.hearth.auth.CurrentUser;
import app.hearth.common.InvalidInputException;
import app.hearth.common.RecentAuthenticationRequired;
import app.hearth.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The practice's settings over the API: the same values, rules and audit as the settings page. */
@Path("/api/admin/settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SettingsResource {

    @Inject
    PracticeSettings settings;
    @Inject
    CurrentUser me;

    /** {@code secondFactorForAllStaff}: every staff account must enrol a second factor (admins always must). */
    public record SettingsRequest(Boolean secondFactorForAllStaff) {
    }

    @GET
    @Operation(summary = "The practice's settings")
    public PracticeSettings.Values get() {
        return settings.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RecentAuthenticationRequired
    @Operation(summary = "Change the practice's settings (needs a sign-in within five minutes)")
    @APIResponse(responseCode = "401", description = "Not signed in, or the sign-in is older than five minutes")
    public PracticeSettings.Values put(SettingsRequest request) {
        if (request == null || request.secondFactorForAllStaff() == null) {
            throw new InvalidInputException("secondFactorForAllStaff", "must be true or false");
        }
        return settings.change(me.userId(), new PracticeSettings.Values(request.secondFactorForAllStaff()));
    }
}
