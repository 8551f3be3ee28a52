package app.hearth.staff;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Staff pages show people's appointments and account secrets: no cache may keep them, no other page may frame
 * them, and no URL of theirs (reset and invitation links) may leak through Referer.
 */
public class StaffHeaders {

    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.equals("/staff") || path.startsWith("/staff/")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            response.getHeaders().putSingle("X-Frame-Options", "DENY");
            response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
        }
    }
}
