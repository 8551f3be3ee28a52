package app.hearth.booking;

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

    @Inject
    BookingService bookings;

    @POST
    @Operation(summary = "Book a discovery call")
    @APIResponse(responseCode = "201", description = "Booked; the answer carries the manage token")
    @APIResponse(responseCode = "409", description = "The time is no longer free")
    public Response create(@NotNull @Valid CreateBookingRequest request,
                           @Parameter(description = "the same key and body within 24 h return the first answer")
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        BookingView booked = bookings.book(request, idempotencyKey);
        return Response.created(URI.create(booked.manageUrl().replaceFirst("/manage/", "/api/bookings/manage/")))
                .entity(booked).build();
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
