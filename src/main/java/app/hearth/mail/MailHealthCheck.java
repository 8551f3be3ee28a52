package app.hearth.mail;

import app.hearth.common.HearthConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Reports the outbox (pending and dead messages) on /q/health/ready. An SMTP outage does not make the
 * instance unready: bookings still succeed and the outbox keeps their mail. Only a mail drop directory that
 * cannot be written does, because then no mail can leave at all.
 */
@Readiness
@ApplicationScoped
public class MailHealthCheck implements HealthCheck {

    @Inject
    HearthConfig config;
    @Inject
    MailDrop drop;
    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        boolean smtp = config.mail().smtp().host().isPresent();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("mail")
                .withData("transport", smtp ? "smtp" : "file-drop");
        QuarkusTransaction.requiringNew().run(() -> {
            answer.withData("pending", OutboxMessage.count("state", OutboxState.PENDING));
            answer.withData("dead", OutboxMessage.count("state", OutboxState.DEAD));
            answer.withData("overdue", OutboxMessage.count("state = ?1 and nextAttemptAt < ?2",
                    OutboxState.PENDING, clock.instant().minusSeconds(3600)));
        });
        if (!smtp && !writable(drop.directory())) {
            return answer.down().withData("problem", "the mail directory cannot be written").build();
        }
        return answer.up().build();
    }

    private static boolean writable(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder);
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }
}
