package app.hearth.console;

import app.hearth.auth.StaffSessions;
import app.hearth.common.ConflictException;
import app.hearth.common.MailAddress;
import app.hearth.privacy.ClientDataService;
import app.hearth.staff.StaffGate;
import app.hearth.staff.StaffPage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A client's right of access and erasure from the console: the same ClientDataService (and so the same audit
 * entries) as {@code /api/admin/clients}. Both want a recent sign-in; erasing wants the address typed twice, so a
 * slip of the keyboard cannot erase someone else. The address travels only in POST bodies, never in a URL.
 */
@Path("/staff/admin/intakes/client")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ClientDataPages {

    static final String HERE = "/staff/admin/intakes/client";

    @Inject
    StaffGate gate;
    @Inject
    ClientDataService clients;
    @Inject
    ObjectMapper json;

    /** What the two forms hold after a refusal: what was typed. */
    record Typed(String exportEmail, String eraseEmail, String confirm) {
        static final Typed EMPTY = new Typed("", "", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance client(StaffPage page, Typed typed);
    }

    @GET
    public Response view(@CookieParam(StaffGate.COOKIE) String cookie) {
        StaffSessions.Current session = gate.admin(cookie);
        return page(session, null, List.of(), Typed.EMPTY, 200);
    }

    @POST
    @Path("export")
    public Response export(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                           @FormParam("email") String email) throws JsonProcessingException {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        gate.requireRecent(session, HERE);
        String address = clean(email);
        if (!MailAddress.Validator.isValid(address)) {
            return page(session, null, List.of(new StaffPage.FieldError("export-email", "Client's email",
                    "must be an email address such as name@example.org")), new Typed(address, "", ""), 400);
        }
        ClientDataService.Export export = clients.export(address, session.userId());
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsString(export).getBytes(StandardCharsets.UTF_8);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"client-data.json\"").build();
    }

    @POST
    @Path("erase")
    public Response erase(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                          @FormParam("email") String email, @FormParam("confirm") String confirm) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        gate.requireRecent(session, HERE);
        String address = clean(email);
        String again = clean(confirm);
        Typed typed = new Typed("", address, again);
        List<StaffPage.FieldError> errors = new ArrayList<>();
        if (!MailAddress.Validator.isValid(address)) {
            errors.add(new StaffPage.FieldError("erase-email", "Client's email",
                    "must be an email address such as name@example.org"));
        } else if (!address.toLowerCase(Locale.ROOT).equals(again.toLowerCase(Locale.ROOT))) {
            errors.add(new StaffPage.FieldError("erase-confirm", "Type the email again",
                    "must be the same address as above, typed again to confirm the erasure"));
        }
        if (!errors.isEmpty()) {
            return page(session, null, errors, typed, 400);
        }
        ClientDataService.Erasure erased;
        try {
            erased = clients.erase(address, session.userId());
        } catch (ConflictException e) {
            return page(session, null, List.of(new StaffPage.FieldError("erase-email", "Client's email",
                    e.getMessage())), typed, 409);
        }
        String counts = erased.counts().entrySet().stream().map(c -> c.getKey() + ": " + c.getValue())
                .collect(Collectors.joining(", "));
        return page(session, "The client's data is erased (" + counts + ").", List.of(), Typed.EMPTY, 200);
    }

    private Response page(StaffSessions.Current session, String notice, List<StaffPage.FieldError> errors,
                          Typed typed, int status) {
        StaffPage page = gate.page("A client's data", session).withNotice(notice).withErrors(errors);
        return Response.status(status).entity(Templates.client(page, typed)).build();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
