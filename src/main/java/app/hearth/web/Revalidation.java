package app.hearth.web;

import app.hearth.common.Secrets;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** Public documents that browsers keep but must revalidate, answered with 304 and no body while unchanged. */
public final class Revalidation {

    private Revalidation() {
    }

    /** Cache-Control: no-cache, i.e. keep it but ask before every use. */
    public static CacheControl noCache() {
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        return cache;
    }

    /** A strong ETag over the document: a client holding the same version gets 304 and no body. */
    public static Response withETag(Request request, String body, String type) {
        EntityTag tag = new EntityTag(Secrets.hash(body).substring(0, 32));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(noCache()).build();
        }
        return Response.ok(body, type).tag(tag).cacheControl(noCache()).build();
    }
}
