package app.hearth.intake;

import app.hearth.common.HearthConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Seeds the two demo forms (adult individual, couples) from intake/*.json when no form exists yet. */
@ApplicationScoped
public class DemoIntakeForms {

    static final List<String> SLUGS = List.of("adult-individual-intake", "couples-intake");
    private static final Logger LOG = Logger.getLogger(DemoIntakeForms.class);

    @Inject
    HearthConfig config;
    @Inject
    IntakeForms catalog;

    void seed(@Observes @Priority(20) StartupEvent start) {
        if (!config.demoData()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (IntakeForm.count() > 0) {
                return;
            }
            for (String slug : SLUGS) {
                catalog.publish(slug, load(slug), "demo-data");
            }
            LOG.infof("Demo data: seeded intake forms %s", SLUGS);
        });
    }

    /** A demo definition from the classpath. */
    public static FormDefinition load(String slug) {
        try (InputStream in = DemoIntakeForms.class.getResourceAsStream("/intake/" + slug + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing demo form " + slug);
            }
            return new ObjectMapper().readValue(in, FormDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
