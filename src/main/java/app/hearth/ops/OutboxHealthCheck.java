package app.hearth.ops;

import app.hearth.common.HearthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.Optional;

/**
 * Readiness data on the outbox's age: how long the oldest waiting mail has waited, and the latest delivery
 * error (never an address). An SMTP outage alone keeps the instance ready (bookings still succeed and their
 * mail waits); an operator who prefers the instance out of rotation once mail is stuck sets
 * HEARTH_OPS_OUTBOX_MAX_AGE. DOWN also when the outbox cannot be read at all.
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
        Optional<Duration> maxAge = config.ops().outboxMaxAge();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("mail outbox");
        OutboxBacklog.Reading reading;
        try {
            reading = backlog.read();
        } catch (RuntimeException e) {
            return answer.down().withData("error", "outbox unreadable: " + e.getClass().getSimpleName()).build();
        }
        answer.withData("pending", reading.pending())
                .withData("dead", reading.dead())
                .withData("oldestPendingSeconds", reading.oldestPendingAge().toSeconds());
        maxAge.ifPresent(limit -> answer.withData("maxAgeSeconds", limit.toSeconds()));
        if (reading.lastError() != null) {
            answer.withData("lastError", reading.lastError());
        }
        return answer.status(maxAge.map(limit -> reading.oldestPendingAge().compareTo(limit) <= 0).orElse(true)).build();
    }
}
