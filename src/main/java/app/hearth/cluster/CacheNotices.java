package app.hearth.cluster;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Tells the other instances which caches a change made stale: NOTIFY on {@link #CHANNEL}, sent inside the changing
 * transaction, which PostgreSQL delivers to the listeners exactly when that transaction commits (and never when it
 * rolls back). The payload is "instance-id cache,cache". On H2 nothing is sent.
 */
@ApplicationScoped
class CacheNotices {

    static final String CHANNEL = "hearth_caches";

    @Inject
    ClusterNode node;
    @Inject
    AgroalDataSource dataSource;

    void changed(@Observes(during = TransactionPhase.BEFORE_COMPLETION) CachesChanged event) {
        if (!node.shared() || event.caches().isEmpty()) {
            return;
        }
        // inside a JTA transaction the pool hands out the transaction's own connection, so the NOTIFY commits with it
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload(node.id(), event));
            notify.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot notify other instances of a cache change", e);
        }
    }

    static String payload(String instance, CachesChanged event) {
        return instance + " " + String.join(",", event.caches().stream().sorted().toList());
    }
}
