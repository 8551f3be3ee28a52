package app.hearth.calendarsync;

import app.hearth.availability.BusyTime;
import app.hearth.availability.ExternalBusyTimes;
import io.quarkus.hibernate.orm.panache.Panache;
import app.hearth.common.HearthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;

/**
 * The busy intervals read from therapists' calendars (start and end only), replaced whole per connection by each
 * sync, and what the slot engine is given as busy time elsewhere: from these rows, never from a remote server.
 */
@ApplicationScoped
class BusyStore implements ExternalBusyTimes {

    @Inject
    Clock clock;
    @Inject
    HearthConfig config;

    /** Leaves out the busy time of connections not read for HEARTH_CALENDAR_STALE_AFTER whose therapist chose "stop". */
    @Override
    public List<BusyTime> busyBetween(Long therapistId, Instant from, Instant to) {
        Instant staleBefore = clock.instant().minus(config.calendar().staleAfter());
        return Panache.getEntityManager().createQuery(
                        "select b.start, b.end from BusySpan b where b.therapistId = ?1 and b.start < ?3 and b.end > ?2"
                                + " and not exists (select c.id from CalendarConnection c where c.id = b.connectionId"
                                + " and c.stopWhenStale = true and c.lastSyncAt < ?4)",
                        Object[].class)
                .setParameter(1, therapistId).setParameter(2, from).setParameter(3, to).setParameter(4, staleBefore)
                .getResultStream()
                .map(row -> BusyTime.elsewhere((Instant) row[0], (Instant) row[1])).toList();
    }

    static void clear(Long connectionId) {
        BusySpan.delete("connectionId", connectionId);
    }

    /** Replaces the connection's intervals, in the caller's transaction, so readers see the old set or the new one. */
    static void replace(Long connectionId, Long therapistId, List<BusyExpander.Interval> intervals) {
        clear(connectionId);
        Panache.getEntityManager().flush();
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into external_busy (connection_id, therapist_id, start_at, end_at) values (?, ?, ?, ?)")) {
                int pending = 0;
                for (BusyExpander.Interval interval : intervals) {
                    insert.setLong(1, connectionId);
                    insert.setLong(2, therapistId);
                    insert.setObject(3, interval.start().atOffset(ZoneOffset.UTC));
                    insert.setObject(4, interval.end().atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                    if (++pending % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }
}
