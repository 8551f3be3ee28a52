package app.hearth.booking;

import app.hearth.seal.ProofOfWork;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;

/** Public booking: create a discovery call, then view, move or cancel it with the manage token. */
@Path("/api/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    /** The header that carries a solved proof-of-work challenge. */
    public static final String PROOF_HEADER = "Hearth-Proof-Of-Work";

    @Inject
    BookingService bookings;
    @Inject
    BookingLimits limits;

    @POST
    @Operation(summary = "Book a discovery call")
    @APIResponse(responseCode = "201", description = "Booked; the answer carries the manage token")
    @APIResponse(responseCode = "400", description = "Invalid input, or a missing, wrong or reused proof of work")
    @APIResponse(responseCode = "409", description = "The time is no longer free, or the email already holds the"
            + " most upcoming bookings allowed")
    @APIResponse(responseCode = "429", description = "Too many bookings from this address, for this email or for"
            + " this therapist's day; see Retry-After")
    public Response create(@NotNull @Valid CreateBookingRequest request,
                           @Parameter(description = "the same key and body within 24 h return the first answer")
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Parameter(description = "a solved challenge from GET /api/bookings/challenge (base64 of"
                                   + " ALTCHA's JSON), required when the practice switches proof of work on")
                           @HeaderParam(PROOF_HEADER) String proofOfWork) {
        BookingView booked = bookings.book(request, idempotencyKey, new BookingLimits.Admission(proofOfWork));
        return Response.created(URI.create(booked.manageUrl().replaceFirst("/manage/", "/api/bookings/manage/")))
                .entity(booked).build();
    }

    @GET
    @Path("challenge")
    @Operation(summary = "A proof-of-work challenge (ALTCHA format) to solve before booking",
            description = "Find the number n (0 to maxnumber) for which SHA-256(salt + n), in hex, equals challenge; "
                    + "send base64 of {\"algorithm\",\"challenge\",\"number\",\"salt\",\"signature\"} as the "
                    + PROOF_HEADER + " header. Each solution is accepted once, within an hour. Required only when "
                    + "required is true.")
    public Response challenge() {
        return Response.ok(new ChallengeView(limits.proofRequired(), limits.challenge()))
                .header("Cache-Control", "no-store").build();
    }

    /** A challenge and whether this practice requires one. */
    public record ChallengeView(boolean required, String algorithm, String challenge, String salt, String signature,
                                int maxnumber) {
        ChallengeView(boolean required, ProofOfWork.Challenge c) {
            this(required, c.algorithm(), c.challenge(), c.salt(), c.signature(), c.maxnumber());
        }
    }

    @GET
    @Path("manage/{token}")
    @Operation(summary = "The booking a manage token belongs to")
    public BookingView view(@PathParam("token") String token) {
        return bookings.view(token);
    }

    @POST
    @Path("manage/{token}/reschedule")
    @Operation(summary = "Move the booking to another free time; the reference stays")
    public BookingView reschedule(@PathParam("token") String token, @NotNull @Valid RescheduleRequest request) {
        return bookings.reschedule(token, request.start());
    }

    @POST
    @Path("manage/{token}/cancel")
    @Operation(summary = "Cancel the booking; cancelling again changes nothing")
    public BookingView cancel(@PathParam("token") String token, @Valid CancelRequest request) {
        return bookings.cancel(token, request == null ? null : request.reason());
    }
}
