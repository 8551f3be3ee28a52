package app.hearth.ops;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every HTTP request an id, in the log context (MDC "requestId") and in the X-Request-Id answer header,
 * so one request's log lines can be found across instances. A proxy's id is kept when it looks harmless.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** A caller's id is reused only when it cannot smuggle anything into a log line. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String offered = rc.request().getHeader(HEADER);
            String id = offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
            rc.put(MDC_KEY, id);
            MDC.put(MDC_KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        }, 1000);
    }

    /**
     * Sets the id again on the thread that runs the endpoint (REST filters run there for blocking endpoints), so
     * every line the endpoint and its services log carries it; each request overwrites the previous one's id.
     */
    @ServerRequestFilter
    void onEndpointThread(RoutingContext rc) {
        String id = rc.get(MDC_KEY);
        if (id != null) {
            MDC.put(MDC_KEY, id);
        }
    }
}
