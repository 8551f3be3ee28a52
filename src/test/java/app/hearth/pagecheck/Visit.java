package app.hearth.pagecheck;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One request for a page: a link to follow or a form to send (its fields, for a post), the status the page should
 * answer with and, for pages reached by a form, what state it shows.
 */
record Visit(String method, String url, Map<String, List<String>> fields, int expectedStatus, String state) {

    static Visit link(String url) {
        return new Visit("GET", url, Map.of(), 200, null);
    }

    boolean isPost() {
        return method.equals("POST");
    }

    /** "POST /book/x (details with errors)", or just the path and query for a link. */
    @Override
    public String toString() {
        URI uri = URI.create(url);
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return (isPost() ? "POST " : "") + target + (state == null ? "" : " (" + state + ")");
    }
}
