package app.hearth.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an announced oversized body with a problem document before anything reads it. Vert.x would
 * refuse it too, but with an empty 413 that tells the client nothing.
 */
@ApplicationScoped
class BodySizeGuard {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void install(@Observes Router router) {
        long max = limit.asLongValue();
        String problem = "{\"type\":\"/problems/payload-too-large\",\"title\":\"Payload Too Large\",\"status\":413,"
                + "\"detail\":\"The request body is larger than " + (max / 1024) + " KiB.\"}";
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                    && Long.parseLong(length) > max) {
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                        .putHeader("Connection", "close")
                        .end(problem);
            } else {
                context.next();
            }
        });
    }
}
