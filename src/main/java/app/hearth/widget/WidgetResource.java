package app.hearth.widget;

import app.hearth.common.Secrets;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves /widget.js, the script a practice puts on its own website. Its address cannot carry a version (it is
 * pasted into other people's pages), so browsers may keep it an hour and then revalidate it cheaply by ETag.
 */
@Path("/widget.js")
public class WidgetResource {

    static final String CACHE = "public, max-age=3600";
    private static final byte[] SCRIPT = load();
    private static final String ETAG = "\"" + Secrets.fingerprint(SCRIPT) + "\"";

    @GET
    @Operation(summary = "The embeddable booking widget (JavaScript for the practice's own website)")
    public Response script(@HeaderParam("If-None-Match") String ifNoneMatch) {
        Response.ResponseBuilder answer = ETAG.equals(ifNoneMatch) ? Response.notModified()
                : Response.ok(SCRIPT, "text/javascript; charset=utf-8");
        // host pages that isolate themselves (Cross-Origin-Embedder-Policy) may still load it
        return answer.header("Cache-Control", CACHE).header("ETag", ETAG)
                .header("Cross-Origin-Resource-Policy", "cross-origin").build();
    }

    private static byte[] load() {
        try (InputStream in = WidgetResource.class.getClassLoader().getResourceAsStream("widget/widget.js")) {
            if (in == null) {
                throw new IllegalStateException("widget/widget.js is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script's text, for tests and for anyone who wants to check what practices embed. */
    static String source() {
        return new String(SCRIPT, StandardCharsets.UTF_8);
    }
}
