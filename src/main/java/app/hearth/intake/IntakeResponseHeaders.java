package app.hearth.intake;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Nothing about an intake may be kept by a browser, a proxy or a shared computer, and no intake address (drafts
 * carry their secret in it) may leak through a Referer: every intake answer, page and error gets these headers.
 */
class IntakeResponseHeaders {

    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (isIntake(path)) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            response.getHeaders().putSingle("Pragma", "no-cache");
            response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
        }
        if (path.startsWith("/intake/") && !response.getHeaders().containsKey("Content-Security-Policy")) {
            // the page loads only its own script and stylesheet and posts only to itself
            response.getHeaders().putSingle("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                    + "style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
                    + "object-src 'none'");
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        }
    }

    static boolean isIntake(String path) {
        return path.startsWith("/api/intake/") || path.equals("/api/intake") || path.startsWith("/intake/")
                || path.startsWith("/api/me/intakes") || path.startsWith("/api/admin/intake")
                || path.startsWith("/api/admin/audit") || path.startsWith("/api/admin/clients");
    }
}
