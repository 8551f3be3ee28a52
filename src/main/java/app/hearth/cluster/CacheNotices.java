package app.hearth.cluster;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tells the other instances which caches a committed change made stale: NOTIFY on {@link #CHANNEL} with the payload
 * "instance-id cache,cache", once the change has committed. A sender thread with a connection of its own sends
 * them, so a booking neither waits for it nor takes PostgreSQL's notification lock inside its own commit, and a
 * burst of changes goes out as one notice naming their caches. When sending fails the caches' TTL is the safety net.
 * On H2 nothing is sent.
 */
@ApplicationScoped
class CacheNotices {

    static final String CHANNEL = "hearth_caches";
    private static final Logger LOG = Logger.getLogger(CacheNotices.class);
    private static final int WAIT_MILLIS = 500;

    @Inject
    ClusterNode node;

    /** One element per committed change, so a change's caches always travel in one notice. */
    private final BlockingQueue<Set<String>> stale = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread thread;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CachesChanged event) {
        if (running) {
            stale.add(event.caches());
        }
    }

    void start(@Observes StartupEvent event) {
        if (!node.shared()) {
            return;
        }
        running = true;
        thread = new Thread(this::send, "hearth-cache-notices");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(2L * WAIT_MILLIS);
        }
    }

    private void send() {
        Connection connection = null;
        while (running || !stale.isEmpty()) {
            try {
                // connected ahead of the first change: opening a connection then would delay that notice
                if (connection == null || connection.isClosed()) {
                    connection = node.dedicatedConnection();
                }
                Set<String> first = stale.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Set<String>> more = new ArrayList<>();
                stale.drainTo(more);
                TreeSet<String> names = new TreeSet<>(first);
                more.forEach(names::addAll);
                try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, payload(node.id(), names));
                    notify.execute();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException e) {
                LOG.warnf("cache notices: not sent (%s); other instances rely on the cache TTL meanwhile",
                        e.getClass().getSimpleName());
                close(connection);
                connection = null;
                pause();
            }
        }
        close(connection);
    }

    static String payload(String instance, Iterable<String> caches) {
        return instance + " " + String.join(",", caches);
    }

    private static void pause() {
        try {
            Thread.sleep(2L * WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void close(Connection connection) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.debugf("cache notices: closing: %s", e.getMessage());
        }
    }
}
