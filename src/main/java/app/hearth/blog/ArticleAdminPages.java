package app.hearth.blog;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.StaffSessions;
import app.hearth.blog.ArticleViews.Admin;
import app.hearth.common.ConflictException;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.staff.StaffGate;
import app.hearth.staff.StaffPage;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The console's articles: the list (status, search, tag filter) and the editor, whose preview goes through the same
 * Markdown renderer and sanitizer as the public page. Saving refuses an edit of a version someone else has already
 * replaced. Publishing, deleting and importing are {@link ArticleAdminActions}.
 */
@Path("/staff/admin/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticleAdminPages {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.CANADA);
    private static final List<String> FIELDS = List.of("title", "slug", "summary", "body", "author", "tags",
            "heroImageUrl", "heroImageAlt", "faqs");
    private static final Map<String, String> DONE = Map.of(
            "saved", "The article is saved.",
            "published", "The article is published.",
            "scheduled", "The article is scheduled.",
            "unpublished", "The article is unpublished: it is a draft again.",
            "deleted", "The article is deleted.",
            "imported", "The import is saved as a draft. Check it, then publish it.");

    @Inject
    ArticleEditing editing;
    @Inject
    AccountAudit audit;
    @Inject
    HearthConfig config;
    @Inject
    Validator validator;
    @Inject
    StaffGate gate;

    /** One article as a row of the list. */
    record Row(long id, String title, String slug, String status, List<String> tags, String updated) {
    }

    /** A therapist who may sign an article. */
    record Author(String slug, String name) {
    }

    /** The editor's facts about a saved article (null for a new one). */
    record Saved(long id, String status, boolean published, boolean scheduled, String url) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(StaffPage page, List<Row> rows, List<String> tags, String q, String tag,
                                            int total);

        static native TemplateInstance editor(StaffPage page, Saved saved, ArticleForm form, List<Author> authors,
                                              String preview, String zone);
    }

    @GET
    public Response list(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("q") String q,
                         @QueryParam("tag") String tag, @QueryParam("done") String done) {
        StaffSessions.Current session = gate.admin(cookie);
        List<Admin> all = editing.all();
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<Row> rows = all.stream()
                .filter(a -> tag == null || tag.isBlank() || a.tags().contains(tag))
                .filter(a -> needle.isEmpty() || (a.title() + " " + a.slug() + " " + (a.summary() == null ? "" : a.summary()))
                        .toLowerCase(Locale.ROOT).contains(needle))
                .map(a -> new Row(a.id(), a.title(), a.slug(), status(a), a.tags(),
                        WHEN.format(a.updatedAt().atZone(config.practiceTimezone()))))
                .toList();
        List<String> tags = all.stream().flatMap(a -> a.tags().stream()).distinct().sorted().toList();
        StaffPage page = gate.page("Articles", session).withNotice(done == null ? null : DONE.get(done));
        return Response.ok(Templates.list(page, rows, tags, q == null ? "" : q, tag == null ? "" : tag, all.size()))
                .build();
    }

    @GET
    @Path("new")
    public Response blank(@CookieParam(StaffGate.COOKIE) String cookie) {
        StaffSessions.Current session = gate.admin(cookie);
        return editor(session, null, ArticleForm.blank(), null, List.of(), null, 200);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@CookieParam(StaffGate.COOKIE) String cookie, @BeanParam ArticleForm form) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, form.formToken);
        return save(session, null, form);
    }

    @GET
    @Path("{id}")
    public Response edit(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("id") long id,
                         @QueryParam("done") String done) {
        StaffSessions.Current session = gate.admin(cookie);
        Admin article = editing.get(id);
        return editor(session, article, ArticleForm.of(article), done == null ? null : DONE.get(done), List.of(),
                null, 200);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("id") long id,
                           @BeanParam ArticleForm form) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, form.formToken);
        return save(session, editing.get(id), form);
    }

    private Response save(StaffSessions.Current session, Admin saved, ArticleForm form) {
        ArticleRequest request = form.request();
        List<StaffPage.FieldError> errors = new ArrayList<>(validator.validate(request).stream()
                .map(ArticleAdminPages::error).toList());
        if (form.previewing()) {
            String html = request.body() == null ? "" : MarkdownRenderer.toHtml(request.body());
            return editor(session, saved, form, null, errors, html, errors.isEmpty() ? 200 : 400);
        }
        int status = 400;
        if (errors.isEmpty()) {
            try {
                Admin result = saved == null ? editing.create(request)
                        : editing.update(saved.id(), form.openedVersion(), request);
                audit.record(session.userId(), Action.ARTICLE_CHANGED, "article " + result.id()
                        + (saved == null ? " created" : " edited"));
                return StaffGate.seeOther("/staff/admin/articles/" + result.id() + "?done=saved");
            } catch (InvalidInputException e) {
                e.errors().forEach(f -> errors.add(new StaffPage.FieldError(f.field(), label(f.field()), f.message())));
            } catch (ConflictException e) {
                status = 409;
                String field = "stale-article".equals(e.type()) ? "body" : "slug";
                errors.add(new StaffPage.FieldError(field, label(field), e.getMessage()));
            }
        }
        errors.sort(Comparator.comparing(e -> FIELDS.indexOf(e.id())));
        return editor(session, saved, form, null, errors, null, status);
    }

    /** The editor of a saved article as it is stored, with errors from an action on it (400). */
    Response editorFor(StaffSessions.Current session, Admin article, List<StaffPage.FieldError> errors) {
        return editor(session, article, ArticleForm.of(article), null, errors, null, 400);
    }

    private Response editor(StaffSessions.Current session, Admin saved, ArticleForm form, String notice,
                            List<StaffPage.FieldError> errors, String preview, int status) {
        List<Author> authors = QuarkusTransaction.requiringNew().call(() -> Therapist.listed().stream()
                .map(t -> new Author(t.slug, t.name)).toList());
        Saved facts = saved == null ? null : new Saved(saved.id(), status(saved),
                saved.status() == ArticleStatus.PUBLISHED, saved.status() == ArticleStatus.SCHEDULED, "/blog/" + saved.slug());
        String title = saved == null ? "New article" : "Edit article";
        StaffPage page = gate.page(title, session).withNotice(notice).withErrors(errors);
        return Response.status(status).entity(Templates.editor(page, facts, form, authors, preview,
                config.practiceTimezone().getId())).build();
    }

    private String status(Admin article) {
        return switch (article.status()) {
            case DRAFT -> "Draft";
            case SCHEDULED -> "Scheduled for " + WHEN.format(article.publishedAt().atZone(config.practiceTimezone()));
            case PUBLISHED -> "Published " + WHEN.format(article.publishedAt().atZone(config.practiceTimezone()));
        };
    }

    private static StaffPage.FieldError error(ConstraintViolation<ArticleRequest> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.replaceAll("[\\[.].*", "");
        return new StaffPage.FieldError(field, label(field), violation.getMessage());
    }

    static String label(String field) {
        return switch (field) {
            case "title" -> "Title";
            case "slug" -> "Address name";
            case "summary" -> "Summary";
            case "body" -> "Text";
            case "author" -> "Author";
            case "tags" -> "Tags";
            case "heroImageUrl" -> "Social image address";
            case "heroImageAlt" -> "Social image description";
            case "seoTitle" -> "Search engine title";
            case "seoDescription" -> "Search engine description";
            default -> "Questions and answers";
        };
    }
}
