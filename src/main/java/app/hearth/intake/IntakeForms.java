package app.hearth.intake;

import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.Problem.FieldError;
import app.hearth.intake.IntakeApi.FormSummary;
import app.hearth.intake.IntakeApi.FormView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The catalogue of intake forms. Every published change becomes a new version; older versions stay for the
 * submissions made with them. Clients see only the published version of each form.
 */
@ApplicationScoped
public class IntakeForms {

    private static final Logger LOG = Logger.getLogger(IntakeForms.class);

    @Inject
    Clock clock;

    /** A version of a form as admins see it. */
    public record FormVersion(String slug, int version, IntakeForm.Status status, Instant publishedAt,
                              String publishedBy, FormDefinition definition) {
        static FormVersion of(IntakeForm f) {
            return new FormVersion(f.slug, f.version, f.status, f.publishedAt, f.publishedBy, f.definition());
        }
    }

    /** Publishes a definition as the next version of the slug (version 1 for a new form). */
    @Transactional
    public FormVersion publish(String slug, FormDefinition definition, String actor) {
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new InvalidInputException("slug", "must be lowercase letters, digits and hyphens (at most 80)");
        }
        List<FieldError> problems = definition.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // lock the current version so two publishers cannot both become version n+1 (the unique key backs this)
        List<IntakeForm> versions = IntakeForm.find("slug = ?1 order by version desc", slug)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        versions.stream().filter(v -> v.status == IntakeForm.Status.PUBLISHED)
                .forEach(v -> v.status = IntakeForm.Status.SUPERSEDED);
        IntakeForm form = new IntakeForm();
        form.slug = slug;
        form.version = versions.isEmpty() ? 1 : versions.get(0).version + 1;
        form.title = definition.title();
        form.definition = FormJson.write(definition);
        form.status = IntakeForm.Status.PUBLISHED;
        form.publishedAt = clock.instant();
        form.publishedBy = actor;
        form.persist();
        IntakeForm.flush();
        LOG.infof("intake form %s version %d published", slug, form.version);
        return FormVersion.of(form);
    }

    /** Withdraws a form: new clients can no longer open it; its submissions stay readable. */
    @Transactional
    public FormVersion retire(String slug) {
        IntakeForm form = IntakeForm.published(slug).orElseThrow(() -> new NotFoundException("No published form with this slug."));
        form.status = IntakeForm.Status.RETIRED;
        return FormVersion.of(form);
    }

    @Transactional
    public List<FormVersion> versions(String slug) {
        List<FormVersion> versions = IntakeForm.<IntakeForm>list("slug = ?1 order by version desc", slug)
                .stream().map(FormVersion::of).toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("No intake form with this slug.");
        }
        return versions;
    }

    /** The newest version of every form, whatever its status. */
    @Transactional
    public List<FormVersion> latestOfEach() {
        return IntakeForm.<IntakeForm>list(
                        "from IntakeForm i where i.version = (select max(f.version) from IntakeForm f where f.slug = i.slug) order by i.slug")
                .stream().map(FormVersion::of).toList();
    }

    /** What clients may fill in: the published version of each form. */
    @Transactional
    List<FormSummary> published() {
        return IntakeForm.allPublished().stream().map(f -> {
            FormDefinition d = f.definition();
            return new FormSummary(f.slug, f.version, d.title(), d.description());
        }).toList();
    }

    @Transactional
    FormView view(String slug) {
        IntakeForm form = published(slug);
        FormDefinition d = form.definition();
        return new FormView(form.slug, form.version, d.title(), d.description(), d.sections());
    }

    /** The published definition of a form; 404 when unknown or retired. */
    @Transactional
    FormDefinition definition(String slug) {
        return published(slug).definition();
    }

    /** The published version of a form; 404 when unknown or retired. Call inside a transaction. */
    static IntakeForm published(String slug) {
        return IntakeForm.published(slug).orElseThrow(() -> new NotFoundException("There is no intake form with this name."));
    }

    /** The version now published of the form that {@code form} is a version of; 404 once it is retired. */
    static IntakeForm currentVersionOf(IntakeForm form) {
        return IntakeForm.published(form.slug).orElseThrow(() -> new NotFoundException("This form is no longer offered."));
    }
}
