package app.hearth.calendarsync;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Syncs the connections that are due, every HEARTH_CALENDAR_SYNC_CHECK. Each sync claims its row first, so several
 * instances share the work and a connection is never read twice at once.
 */
@ApplicationScoped
class CalendarSyncSchedule {

    /** Connections synced per round; the rest are due next round. */
    static final int BATCH = 20;

    @Inject
    CalendarSync sync;

    @Scheduled(every = "${hearth.calendar.sync-check}", delayed = "30s", identity = "calendar-sync",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void syncDue() {
        for (Long id : sync.due(BATCH)) {
            sync.sync(id);
        }
    }
}
