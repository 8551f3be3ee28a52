package app.hearth.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;

/**
 * Answers an announced oversized body with a problem document before anything reads it. Vert.x would
 * refuse it too, but with an empty 413 that tells the client nothing. The server-wide limit
 * (quarkus.http.limits.max-body-size) has to admit a photo upload, so every other path is held here to
 * {@link #SMALL}, as it was before uploads existed.
 */
@ApplicationScoped
class BodySizeGuard {

    static final long SMALL = 64 * 1024;
    /** The forms that take a file; each also checks the file's own, lower, limit and says so on the form. */
    static final Set<String> UPLOADS = Set.of("/staff/profile/photo");

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void install(@Observes Router router) {
        long ceiling = limit.asLongValue();
        long small = Math.min(SMALL, ceiling);
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            long max = UPLOADS.contains(context.normalizedPath()) ? ceiling : small;
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                    && Long.parseLong(length) > max) {
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                        .putHeader("Connection", "close")
                        .end(problem(max));
            } else {
                context.next();
            }
        });
    }

    private static String problem(long max) {
        return "{\"type\":\"/problems/payload-too-large\",\"title\":\"Payload Too Large\",\"status\":413,"
                + "\"detail\":\"The request body is larger than " + (max / 1024) + " KiB.\"}";
    }
}
