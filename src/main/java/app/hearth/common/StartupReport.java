package app.hearth.common;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Says at start which database and public address this instance uses (the mapping has checked the required
 * settings), and stops a production start that would quietly fail its clients: no way to send mail.
 */
@ApplicationScoped
class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class);

    void report(@Observes StartupEvent start, HearthConfig config) {
        String database = config.required().databaseUrl().equals("embedded") ? "embedded H2 under " + config.dataDir()
                : "PostgreSQL";
        LOG.infof("Hearth for %s: %s, public address %s", config.practiceName(), database, config.publicUrl());
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            checkProduction(config);
        }
    }

    static void checkProduction(HearthConfig config) {
        if (config.mail().smtp().host().isEmpty() && !config.mail().dropOnly()) {
            throw new IllegalStateException("No mail relay: set HEARTH_MAIL_SMTP_HOST (and its port and login), or "
                    + "HEARTH_MAIL_DROP_ONLY=true to keep mail as files under HEARTH_DATA_DIR/mail on purpose.");
        }
        if (!config.publicUrl().startsWith("https://")) {
            LOG.warnf("HEARTH_PUBLIC_URL is %s: clients' links and staff sign-in should use https in production",
                    config.publicUrl());
        }
    }
}
