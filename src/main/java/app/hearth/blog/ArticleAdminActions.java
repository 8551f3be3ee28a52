package app.hearth.blog;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.StaffSessions;
import app.hearth.blog.ArticleViews.Admin;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.staff.StaffGate;
import app.hearth.staff.StaffPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What the admin does to a whole article from the console: publish now or at a time, unpublish, delete after a
 * confirmation page, and import from an old site (pasted or uploaded), previewed through the existing importer
 * before anything is saved.
 */
@Path("/staff/admin/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticleAdminActions {

    /** The importer's own limit on what it takes (the admin API's too). */
    static final int MAX_IMPORT_CHARS = 60_000;

    @Inject
    ArticleEditing editing;
    @Inject
    ArticlePublishing publishing;
    @Inject
    ArticleAdminPages editor;
    @Inject
    AccountAudit audit;
    @Inject
    HearthConfig config;
    @Inject
    StaffGate gate;

    /** What an import would save: the recovered title, summary and text, with the text rendered as the site would. */
    record ImportPreview(String content, String format, String title, String summary, String html, String author) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance delete(StaffPage page, Admin article);

        static native TemplateInstance importer(StaffPage page, ImportPreview preview, String content);
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("id") long id,
                            @FormParam("formToken") String formToken, @FormParam("when") String when,
                            @FormParam("at") String at) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        Admin article = editing.get(id);
        Instant instant = null;
        try {
            if ("later".equals(when)) {
                instant = parseLocal(at);
            }
            Admin done = publishing.publish(id, instant);
            String outcome = done.status() == ArticleStatus.SCHEDULED ? "scheduled" : "published";
            audit.record(session.userId(), Action.ARTICLE_CHANGED, "article " + id + " " + outcome);
            return StaffGate.seeOther("/staff/admin/articles/" + id + "?done=" + outcome);
        } catch (InvalidInputException e) {
            List<StaffPage.FieldError> errors = e.errors().stream().map(f -> f.field().equals("at")
                    ? new StaffPage.FieldError("at", "Publication time", f.message())
                    : new StaffPage.FieldError(f.field(), ArticleAdminPages.label(f.field()), f.message())).toList();
            return editor.editorFor(session, article, errors);
        }
    }

    @POST
    @Path("{id}/unpublish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unpublish(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("id") long id,
                              @FormParam("formToken") String formToken) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        publishing.unpublish(id);
        audit.record(session.userId(), Action.ARTICLE_CHANGED, "article " + id + " unpublished");
        return StaffGate.seeOther("/staff/admin/articles/" + id + "?done=unpublished");
    }

    @GET
    @Path("{id}/delete")
    public Response confirmDelete(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("id") long id) {
        StaffSessions.Current session = gate.admin(cookie);
        Admin article = editing.get(id);
        return Response.ok(Templates.delete(gate.page("Delete an article", session), article)).build();
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("id") long id,
                           @FormParam("formToken") String formToken) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        editing.delete(id);
        audit.record(session.userId(), Action.ARTICLE_CHANGED, "article " + id + " deleted");
        return StaffGate.seeOther("/staff/admin/articles?done=deleted");
    }

    @GET
    @Path("import")
    public Response importer(@CookieParam(StaffGate.COOKIE) String cookie) {
        StaffSessions.Current session = gate.admin(cookie);
        return Response.ok(Templates.importer(gate.page("Import an article", session), null, "")).build();
    }

    /** Pasted content: shown as it would be saved; nothing is stored yet. */
    @POST
    @Path("import/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response previewPaste(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                                 @FormParam("content") String content) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        return preview(session, content, "content", "Text to import");
    }

    /** An uploaded .md, .html or .txt file: read as UTF-8 and shown as it would be saved; nothing is stored yet. */
    @POST
    @Path("import/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response previewUpload(@CookieParam(StaffGate.COOKIE) String cookie, @RestForm String formToken,
                                  @RestForm("file") FileUpload file) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        String name = file == null || file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        if (file == null || file.size() == 0) {
            return refuse(session, "file", "File", "choose a file to upload", "");
        }
        if (!name.matches(".*\\.(md|markdown|html|htm|txt)")) {
            return refuse(session, "file", "File", "must be a .md, .html or .txt file", "");
        }
        if (file.size() > MAX_IMPORT_CHARS * 4L) {
            return refuse(session, "file", "File", "is too large: at most " + MAX_IMPORT_CHARS + " characters", "");
        }
        try {
            String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile()))).toString();
            return preview(session, content, "file", "File");
        } catch (CharacterCodingException e) {
            return refuse(session, "file", "File", "is not UTF-8 text", "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Saves the previewed import as a draft through the existing importer, then opens it in the editor. */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveImport(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                               @FormParam("content") String content, @FormParam("format") String format) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        if (content == null || content.isBlank() || content.length() > MAX_IMPORT_CHARS
                || (format != null && !format.matches("markdown|html|text"))) {
            return refuse(session, "content", "Text to import", "paste the article again", content);
        }
        try {
            Admin draft = editing.importDraft(new ImportRequest(content, format, null, null, null));
            audit.record(session.userId(), Action.ARTICLE_CHANGED, "article " + draft.id() + " imported");
            return StaffGate.seeOther("/staff/admin/articles/" + draft.id() + "?done=imported");
        } catch (InvalidInputException e) {
            return refuse(session, "content", "Text to import", e.getMessage(), content);
        }
    }

    private Response preview(StaffSessions.Current session, String content, String field, String label) {
        if (content == null || content.isBlank()) {
            return refuse(session, field, label, "there is nothing to import", "");
        }
        if (content.length() > MAX_IMPORT_CHARS) {
            return refuse(session, field, label, "is too long: at most " + MAX_IMPORT_CHARS + " characters", "");
        }
        if (content.indexOf('\0') >= 0) {
            return refuse(session, field, label, "is not text", "");
        }
        ArticleImporter.Format format = ArticleImporter.Format.guess(content);
        ArticleImporter.Imported imported = ArticleImporter.parse(content, format);
        if (imported.markdown().isBlank()) {
            return refuse(session, field, label, "has no article text that could be recovered", content);
        }
        ImportPreview preview = new ImportPreview(content, format.name().toLowerCase(Locale.ROOT), imported.title(),
                imported.summary(), MarkdownRenderer.toHtml(imported.markdown()), imported.author());
        StaffPage page = gate.page("Import an article", session);
        return Response.ok(Templates.importer(page, preview, content)).build();
    }

    private Response refuse(StaffSessions.Current session, String field, String label, String message, String content) {
        StaffPage page = gate.page("Import an article", session)
                .withErrors(List.of(new StaffPage.FieldError(field, label, message)));
        return Response.status(400).entity(Templates.importer(page, null, content == null ? "" : content)).build();
    }

    private Instant parseLocal(String at) {
        if (at == null || at.isBlank()) {
            throw new InvalidInputException("at", "give the date and time to publish at");
        }
        try {
            Instant instant = LocalDateTime.parse(at.strip()).atZone(config.practiceTimezone()).toInstant();
            return instant;
        } catch (DateTimeException e) {
            throw new InvalidInputException("at", "must be a date and time such as 2026-12-24 09:00");
        }
    }
}
