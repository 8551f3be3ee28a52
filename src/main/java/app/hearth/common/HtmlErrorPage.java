package app.hearth.common;

import jakarta.ws.rs.core.Response;

/** Renders an error as a page in the site's style, for addresses a person opens in a browser rather than the API. */
public interface HtmlErrorPage {

    Response render(int status, String title, String detail);

    /** Pages get HTML errors; the API, the operator endpoints and calendar feeds keep problem+json. */
    static boolean isPage(String path) {
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/") || path.startsWith("/calendar/"));
    }
}
