package app.hearth.calendarsync;

import app.hearth.auth.CurrentUser;
import app.hearth.common.RecentAuthenticationRequired;
import app.hearth.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/** The signed-in therapist's own calendars, read for busy time: add, choose calendars, sync now, remove. */
@Path("/api/me/calendars")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.THERAPIST)
public class MyCalendarsResource {

    @Inject
    CurrentUser me;
    @Inject
    CalendarConnections connections;
    @Inject
    CalendarSync sync;

    @GET
    @Operation(summary = "My calendar connections, with their state, last sync and last error")
    public List<ConnectionView> list() {
        return connections.list(me.therapist().id);
    }

    @POST
    @RecentAuthenticationRequired
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Connect an ICS subscription or a CalDAV account; answers after the first sync")
    public Response add(@NotNull @Valid CalendarRequest request) {
        Long therapistId = me.therapist().id;
        Long id = connections.add(therapistId, request);
        sync.sync(id);
        return Response.created(URI.create("/api/me/calendars/" + id)).entity(connections.view(therapistId, id)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @Operation(summary = "Choose which calendars of a CalDAV account count as busy, and the one bookings go into")
    public ConnectionView choose(@PathParam("id") Long id, @NotNull @Valid CalendarChoice choice) {
        Long therapistId = me.therapist().id;
        connections.choose(therapistId, id, choice);
        sync.sync(id);
        return connections.view(therapistId, id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a connection and the busy time read from it")
    public Response remove(@PathParam("id") Long id) {
        connections.remove(me.therapist().id, id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/sync")
    @Operation(summary = "Sync now; answers when the sync ends, with the connection")
    public ConnectionView syncNow(@PathParam("id") Long id) {
        Long therapistId = me.therapist().id;
        connections.view(therapistId, id); // 404 before any work for someone else's id
        sync.sync(id);
        return connections.view(therapistId, id);
    }
}
