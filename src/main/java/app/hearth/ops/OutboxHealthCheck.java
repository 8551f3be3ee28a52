package app.hearth.ops;

import app.hearth.common.HearthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Readiness of mail delivery: DOWN when the oldest waiting mail is older than hearth.ops.outbox-max-age
 * (SMTP unreachable or the mail drop unwritable for that long), or when the outbox cannot be read at all.
 * The counts and the latest delivery error (never an address) are in the answer either way.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    OutboxBacklog backlog;
    @Inject
    HearthConfig config;

    @Override
    public HealthCheckResponse call() {
        Duration maxAge = config.ops().outboxMaxAge();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("mail outbox");
        OutboxBacklog.Reading reading;
        try {
            reading = backlog.read();
        } catch (RuntimeException e) {
            return answer.down().withData("error", "outbox unreadable: " + e.getClass().getSimpleName()).build();
        }
        answer.withData("pending", reading.pending())
                .withData("dead", reading.dead())
                .withData("oldestPendingSeconds", reading.oldestPendingAge().toSeconds())
                .withData("maxAgeSeconds", maxAge.toSeconds());
        if (reading.lastError() != null) {
            answer.withData("lastError", reading.lastError());
        }
        return answer.status(reading.oldestPendingAge().compareTo(maxAge) <= 0).build();
    }
}
