package app.hearth.web;

import app.hearth.common.HearthConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.net.URI;

/**
 * Puts the security headers on every answer (pages, API, static files): a Content-Security-Policy that allows
 * only the app's own script files (no inline script at all), nosniff, a Referrer-Policy that is stricter where URLs hold secrets, and no
 * framing except under /embed/. Also refuses cross-site HTML form posts by their Origin header.
 */
@ApplicationScoped
public class SecurityHeaders {


    @Inject
    HearthConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::apply, 100);
    }

    void apply(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (rc.request().method() == HttpMethod.POST && !path.startsWith("/api/") && crossSite(rc)) {
            rc.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("Forms may only be sent from this site.");
            return;
        }
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            if (holdsSecret(path)) {
                headers.set("Referrer-Policy", "no-referrer");
            } else if (!headers.contains("Referrer-Policy")) {
                // a resource that already chose a stricter policy (intake answers) keeps it
                headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            }
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", policy(path));
            }
            if (!path.startsWith("/embed/")) {
                headers.set("X-Frame-Options", "DENY");
            }
            if (isPersonal(path)) {
                headers.set("Cache-Control", "no-store");
            } else if (holdsSecret(path) && !headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
            }
        });
        rc.next();
    }

    static String policy(String path) {
        // the embed page gets its framing rule from the widget's own policy; 'self' until then
        String framing = path.startsWith("/embed/") ? "frame-ancestors 'self'" : "frame-ancestors 'none'";
        if (path.startsWith("/q/")) {
            // operator tools (Swagger UI) ship their own inline scripts; they still may not be framed
            return framing;
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + framing;
    }

    /** Manage and intake URLs carry a secret token that must not leak to other sites or caches. */
    static boolean holdsSecret(String path) {
        return path.startsWith("/manage/") || path.startsWith("/intake/") || path.startsWith("/api/bookings/manage/")
                || path.startsWith("/api/intake/drafts/");
    }

    /** Staff answers and therapists' feeds carry clients' names: no cache, shared or private, may keep them. */
    static boolean isPersonal(String path) {
        return path.startsWith("/api/me") || path.startsWith("/api/admin") || path.startsWith("/staff")
                || path.startsWith("/calendar/");
    }

    /**
     * A browser names the page a form came from; one from another host is a forged post. The public URL's
     * origin is always accepted, for proxies that pass the app a different Host.
     */
    private boolean crossSite(RoutingContext rc) {
        String origin = rc.request().getHeader("Origin");
        String fetchSite = rc.request().getHeader("Sec-Fetch-Site");
        if (origin == null || origin.isBlank()) {
            return "cross-site".equals(fetchSite);
        }
        if (origin.equals("null")) {
            // pages sent with Referrer-Policy: no-referrer (manage, intake) post with an opaque Origin;
            // the browser's own Sec-Fetch-Site still tells a same-origin form from a forged one
            return !"same-origin".equals(fetchSite);
        }
        if (origin.equalsIgnoreCase(publicOrigin())) {
            return false;
        }
        String host = rc.request().getHeader("Host");
        try {
            URI from = URI.create(origin);
            String fromHost = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return host == null || !host.equalsIgnoreCase(fromHost);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private String publicOrigin() {
        URI url = URI.create(config.publicUrl());
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

}
