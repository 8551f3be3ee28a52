package app.hearth.cluster;

import io.quarkus.cache.CacheManager;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;

/**
 * LISTENs for {@link CacheNotices} on a connection of its own and empties the named caches when another instance
 * commits a change, within milliseconds of the commit; the caches' TTL stays as the safety net. When the connection
 * breaks it reconnects and empties every cache, since notices sent meanwhile are lost. Only on PostgreSQL.
 */
@ApplicationScoped
class CacheListener {

    private static final Logger LOG = Logger.getLogger(CacheListener.class);
    /** How long one wait for notices lasts, so a shutdown is noticed promptly. */
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 1000;

    @Inject
    ClusterNode node;
    @Inject
    CacheManager caches;

    private volatile boolean running;
    private volatile boolean subscribed;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!node.shared()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "hearth-cache-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(2 * WAIT_MILLIS);
        }
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection listening = node.dedicatedConnection()) {
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CacheNotices.CHANNEL);
                }
                subscribed = true;
                if (!first) {
                    LOG.info("cache notices: listening again; emptying every cache, notices may have been missed");
                    caches.getCacheNames().forEach(this::empty);
                }
                first = false;
                PGConnection pg = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
                    if (notices != null) {
                        Arrays.stream(notices).forEach(notice -> received(notice.getParameter()));
                    }
                }
            } catch (Exception e) {
                subscribed = false;
                if (running) {
                    LOG.warnf("cache notices: connection lost (%s); reconnecting", e.getClass().getSimpleName());
                    pause();
                }
            }
        }
    }

    /** Whether notices sent now reach this instance (false while starting or reconnecting). */
    boolean listening() {
        return subscribed;
    }

    void received(String payload) {
        int space = payload.indexOf(' ');
        if (space < 0 || payload.substring(0, space).equals(node.id())) {
            return; // our own change: this instance's observers already emptied its caches
        }
        Arrays.stream(payload.substring(space + 1).split(",")).filter(name -> !name.isBlank()).forEach(this::empty);
    }

    private void empty(String name) {
        caches.getCache(name).ifPresent(cache -> cache.invalidateAll().await().indefinitely());
    }

    private static void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
