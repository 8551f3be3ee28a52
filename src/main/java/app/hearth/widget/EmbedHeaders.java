package app.hearth.widget;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the embed policy to HTTP: /embed/ pages may be framed by the allowed origins (CSP frame-ancestors,
 * every other page keeps 'none'), and the public API answers browsers on those origins, and only those, with
 * CORS headers (no credentials: the public API needs none). Preflights are answered here, before routing.
 */
@ApplicationScoped
class EmbedHeaders {

    /**
     * Registered before SecurityHeaders (higher priority runs first) because Vert.x calls headers-end handlers in
     * reverse order: ours then runs after SecurityHeaders has written its policy, and narrows its frame-ancestors.
     */
    static final int PRIORITY = 110;
    static final List<String> PUBLIC_API = List.of("/api/therapists", "/api/slots", "/api/bookings", "/api/intake",
            "/api/articles");
    static final Set<String> METHODS = Set.of("GET", "POST", "HEAD");
    static final String ALLOWED_HEADERS = "Content-Type, Accept, Idempotency-Key";
    private static final Pattern FRAME_ANCESTORS = Pattern.compile("frame-ancestors[^;]*");

    @Inject
    EmbedPolicy policy;

    void register(@Observes Filters filters) {
        filters.register(this::apply, PRIORITY);
    }

    void apply(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.startsWith("/embed/")) {
            rc.addHeadersEndHandler(ignored -> allowFraming(rc.response().headers()));
        } else if (isPublicApi(path) && cors(rc)) {
            return;
        }
        rc.next();
    }

    private void allowFraming(MultiMap headers) {
        String csp = headers.get("Content-Security-Policy");
        String framing = policy.frameAncestors();
        if (csp == null || csp.isBlank()) {
            headers.set("Content-Security-Policy", framing);
        } else if (FRAME_ANCESTORS.matcher(csp).find()) {
            headers.set("Content-Security-Policy", FRAME_ANCESTORS.matcher(csp).replaceAll(Matcher.quoteReplacement(framing)));
        } else {
            headers.set("Content-Security-Policy", csp + "; " + framing);
        }
        headers.remove("X-Frame-Options");
    }

    /** Adds the CORS headers; answers a preflight itself and returns true when it did. */
    private boolean cors(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        MultiMap headers = rc.response().headers();
        headers.add("Vary", "Origin");
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        boolean allowed = policy.allows(origin);
        String asked = request.getHeader("Access-Control-Request-Method");
        if (request.method() == HttpMethod.OPTIONS && asked != null) {
            if (allowed && METHODS.contains(asked)) {
                headers.set("Access-Control-Allow-Origin", origin);
                headers.set("Access-Control-Allow-Methods", "GET, POST");
                headers.set("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                headers.set("Access-Control-Max-Age", "600");
                rc.response().setStatusCode(204).end();
            } else {
                rc.response().setStatusCode(403).end();
            }
            return true;
        }
        if (allowed) {
            headers.set("Access-Control-Allow-Origin", origin);
            headers.set("Access-Control-Expose-Headers", "Location, Retry-After");
        }
        return false;
    }

    static boolean isPublicApi(String path) {
        return PUBLIC_API.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
