package app.hearth.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at start which database and public address this instance uses; the mapping has checked the required settings. */
@ApplicationScoped
class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class);

    void report(@Observes StartupEvent start, HearthConfig config) {
        String database = config.required().databaseUrl().equals("embedded") ? "embedded H2 under " + config.dataDir()
                : "PostgreSQL";
        LOG.infof("Hearth for %s: %s, public address %s", config.practiceName(), database, config.publicUrl());
    }
}
