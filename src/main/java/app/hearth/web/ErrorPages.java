package app.hearth.web;

import app.hearth.common.HtmlErrorPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Error pages in the site's style (404, an expired form, a conflict) for everything that is not the API. */
@ApplicationScoped
public class ErrorPages implements HtmlErrorPage {

    @Inject
    Pages pages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageMeta meta, int status, String heading, String detail);
    }

    @Override
    public Response render(int status, String title, String detail) {
        String heading = status == 404 ? "We couldn't find that page" : title;
        PageMeta meta = pages.meta(status == 404 ? "Page not found" : title, detail, "/").hidden();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(meta, status, heading, detail).render()).build();
    }
}
