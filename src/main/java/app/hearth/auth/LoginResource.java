package app.hearth.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Sign-in for therapists and admins: email and password in, a bearer token out. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class LoginResource {

    @Inject
    LoginService logins;

    @POST
    @Path("login")
    @Operation(summary = "Sign in and receive an RS256 access token valid for one hour")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "Wrong email or password (the same answer for both)")
    @APIResponse(responseCode = "429", description = "Too many attempts; see Retry-After")
    public AccessToken login(@NotNull @Valid LoginRequest request) {
        return logins.login(request.email(), request.password());
    }
}
