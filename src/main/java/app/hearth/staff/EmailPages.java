package app.hearth.staff;

import app.hearth.common.Secrets;
import app.hearth.seal.FormTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The page behind the link mailed to a new email address. Opening it changes nothing (mail scanners open links); the
 * button does. It needs no session: the link's secret is the proof that the person reads the new address.
 */
@Path("/staff/email/{token}")
@Produces(MediaType.TEXT_HTML)
public class EmailPages {

    @Inject
    EmailChange emails;
    @Inject
    StaffGate gate;
    @Inject
    FormTokens forms;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(StaffPage page, String token);

        static native TemplateInstance done(StaffPage page, boolean changed);
    }

    @GET
    public Response form(@PathParam("token") String token) {
        if (!Secrets.looksLikeToken(token)) {
            return Response.status(404).entity(Templates.done(gate.anonymousPage("This link no longer works", null), false))
                    .build();
        }
        StaffPage page = gate.anonymousPage("Confirm your new email", forms.issue(LinkPages.LINK_FORM, Secrets.hash(token)));
        return Response.ok(Templates.confirm(page, token)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("token") String token, @FormParam("formToken") String formToken) {
        forms.check(LinkPages.LINK_FORM, Secrets.hash(token == null ? "" : token), formToken);
        boolean changed = emails.confirm(token);
        StaffPage page = gate.anonymousPage(changed ? "Your email is changed" : "This link no longer works", null);
        return Response.status(changed ? 200 : 410).entity(Templates.done(page, changed)).build();
    }
}
