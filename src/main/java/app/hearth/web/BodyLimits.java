package app.hearth.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Set;

/**
 * Keeps request bodies small everywhere except the upload forms. The HTTP limit (quarkus.http.limits.max-body-size)
 * is one number for the whole server and has to admit a photo; bodies that announce their length are held to the
 * old 64 KB here unless they go to an upload path, so JSON and form endpoints never buffer megabytes.
 */
@ApplicationScoped
public class BodyLimits {

    static final long SMALL = 64 * 1024;
    /** The paths that take files; each checks its own, lower, limit on the file itself. */
    static final Set<String> UPLOADS = Set.of("/staff/profile/photo");

    void register(@Observes Filters filters) {
        filters.register(this::apply, 110);
    }

    void apply(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null && !UPLOADS.contains(rc.normalizedPath()) && tooLong(length)) {
            rc.response().setStatusCode(413).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .putHeader("Connection", "close").end("The request is too large.");
            return;
        }
        rc.next();
    }

    private static boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > SMALL;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
