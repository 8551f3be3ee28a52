package app.hearth.auth;

import app.hearth.common.RecentAuthenticationRequired;
import app.hearth.common.Roles;
import app.hearth.common.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * TOTP enrolment over the API, for any signed-in staff account and for the enrolment token that sign-in hands an
 * account which must enrol first (that token is good for these two operations only).
 */
@RecentAuthenticationRequired
@Path("/api/me/second-factor/totp")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ENROLMENT, Roles.THERAPIST, Roles.ADMIN})
public class SecondFactorResource {

    @Inject
    JsonWebToken jwt;
    @Inject
    TotpFactor totp;

    public record Confirmation(@NotBlank @Size(max = 40) String code) {
    }

    public record RecoveryCodes(List<String> recoveryCodes) {
    }

    @POST
    @Operation(summary = "Start TOTP enrolment: a new secret and its otpauth:// URI (replaces an unconfirmed one)")
    public TotpFactor.Enrolment start() {
        return totp.start(Long.parseLong(jwt.getSubject()));
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm enrolment with a first code; answers ten single-use recovery codes, shown only now")
    @APIResponse(responseCode = "200", description = "Enrolled; sign in again with a code")
    @APIResponse(responseCode = "400", description = "The code does not match the new secret, or no enrolment was started")
    public RecoveryCodes confirm(@NotNull @Valid Confirmation confirmation) {
        List<String> codes = totp.confirm(Long.parseLong(jwt.getSubject()), confirmation.code());
        if (codes.isEmpty()) {
            throw new InvalidInputException("code", "The code does not match; check the time on your device and "
                    + "try the newest code.");
        }
        return new RecoveryCodes(codes);
    }
}
