package app.hearth.web;

import app.hearth.common.HtmlErrorPage;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * The last route: an address nothing else answered. Pages get the site's 404 page, the API a problem+json
 * 404, so a mistyped link never shows a bare server message.
 */
@ApplicationScoped
class NotFoundRoute {

    @Inject
    ErrorPages errors;

    void register(@Observes Router router) {
        router.route().last().blockingHandler(rc -> {
            String path = rc.normalizedPath();
            if (HtmlErrorPage.isPage(path)) {
                Response page = errors.render(404, "Page not found", "There is nothing at this address.");
                rc.response().setStatusCode(404).putHeader("Content-Type", "text/html; charset=UTF-8")
                        .end((String) page.getEntity());
            } else {
                rc.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"/problems/not-found\",\"title\":\"Not Found\",\"status\":404,"
                                + "\"detail\":\"There is nothing at this address.\"}");
            }
        });
    }
}
