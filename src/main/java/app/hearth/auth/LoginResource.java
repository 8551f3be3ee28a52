package app.hearth.auth;

import app.hearth.common.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Sign-in for therapists and admins: email, password and (where the account has one) a second-factor code in, a
 * bearer token out. The client address is the peer's, or the forwarded one when the peer is a trusted proxy
 * (HEARTH_TRUSTED_PROXIES, applied by Quarkus before this runs).
 */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class LoginResource {

    static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    LoginService logins;
    @Inject
    TokenIssuer issuer;

    /** The 403 answer of an account that must enrol first: a problem document plus the enrolment token. */
    public record EnrolmentRequired(String type, String title, int status, String detail, String enrolmentToken) {
    }

    @POST
    @Path("login")
    @Operation(summary = "Sign in and receive an RS256 access token valid for one hour")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = AccessToken.class)))
    @APIResponse(responseCode = "401", description = "Wrong email or password (the same answer for both), or type "
            + "/problems/second-factor-required: send the code from the authenticator app (or a recovery code) as `code`",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Type /problems/enrolment-required: the account must enrol a "
            + "second factor first; `enrolmentToken` (10 minutes) is good only for POST /api/me/second-factor/totp and "
            + "/api/me/second-factor/totp/confirm",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = EnrolmentRequired.class)))
    @APIResponse(responseCode = "429", description = "Too many attempts; see Retry-After. A correct password with a "
            + "correct second-factor code is accepted even then")
    public Response login(@NotNull @Valid LoginRequest request, @Context HttpServerRequest http) {
        LoginService.Outcome outcome = logins.signIn(request.email(), request.password(), request.code(),
                http.remoteAddress().hostAddress());
        User user = User.findById(outcome.userId());
        return switch (outcome.stage()) {
            case SIGNED_IN -> Response.ok(issuer.issue(user)).build();
            case SECOND_FACTOR -> throw new SecondFactorRequiredException(
                    "Send the code from your authenticator app (or a recovery code) as code.");
            case ENROLMENT -> Response.status(403).type(PROBLEM_JSON).entity(new EnrolmentRequired(
                    "/problems/enrolment-required", "Enrolment required", 403,
                    "This account must set up a second factor before signing in.", issuer.issueEnrolment(user))).build();
        };
    }
}
