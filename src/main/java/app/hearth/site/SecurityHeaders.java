package app.hearth.site;

import app.hearth.common.HearthConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Puts the security headers on every answer (pages, API, static files): a Content-Security-Policy with a
 * fresh nonce per request, nosniff, a Referrer-Policy that is stricter where URLs hold secrets, and no
 * framing except under /embed/. Also refuses cross-site HTML form posts by their Origin header.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Where the request's CSP nonce is kept for the page that renders it. */
    public static final String NONCE = "hearth.csp-nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

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
        String nonce = newNonce();
        rc.put(NONCE, nonce);
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", holdsSecret(path) ? "no-referrer" : "strict-origin-when-cross-origin");
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", policy(path, nonce));
            }
            if (!path.startsWith("/embed/")) {
                headers.set("X-Frame-Options", "DENY");
            }
            if (holdsSecret(path) && !headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
            }
        });
        rc.next();
    }

    static String policy(String path, String nonce) {
        // the embed page gets its framing rule from the widget's own policy; 'self' until then
        String framing = path.startsWith("/embed/") ? "frame-ancestors 'self'" : "frame-ancestors 'none'";
        if (path.startsWith("/q/")) {
            // operator tools (Swagger UI) ship their own inline scripts; they still may not be framed
            return framing;
        }
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + framing;
    }

    /** Manage and intake URLs carry a secret token that must not leak to other sites or caches. */
    static boolean holdsSecret(String path) {
        return path.startsWith("/manage/") || path.startsWith("/intake/") || path.startsWith("/api/bookings/manage/")
                || path.startsWith("/api/intake/drafts/");
    }

    /**
     * A browser names the page a form came from; one from another host is a forged post. The public URL's
     * origin is always accepted, for proxies that pass the app a different Host.
     */
    private boolean crossSite(RoutingContext rc) {
        String origin = rc.request().getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return "cross-site".equals(rc.request().getHeader("Sec-Fetch-Site"));
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

    private static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
