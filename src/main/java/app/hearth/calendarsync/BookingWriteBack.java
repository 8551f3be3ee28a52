package app.hearth.calendarsync;

import app.hearth.booking.Booking;
import app.hearth.booking.BookingEvent;
import app.hearth.common.HearthConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Records, inside the transaction that changed a booking, that the booking must be written into each calendar its
 * therapist chose for bookings (a {@link CalendarWrite} row, as mail has its outbox row): the write survives a crash
 * or a server that is down, and {@link CalendarWriteRelay} sends it and retries. After the commit it asks the relay to
 * send at once on a background thread, so a booking appears in the calendar within seconds but never waits on it.
 */
@ApplicationScoped
class BookingWriteBack {

    private final ExecutorService kick = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "calendar-write-back");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    CalendarWriteRelay relay;
    @Inject
    HearthConfig config;
    @Inject
    Clock clock;

    /** Synchronous: the rows commit (or roll back) with the booking. */
    void record(@Observes BookingEvent event) {
        if (event.kind() == BookingEvent.Kind.RELOCATED) {
            return; // the written event names no place, so it has nothing to change
        }
        Booking booking = event.booking();
        Instant now = clock.instant();
        if (event.kind() == BookingEvent.Kind.REASSIGNED) {
            // written earlier into the previous therapist's calendar: due again, and the relay removes it there
            CalendarWrite.update("version = version + 1, attempts = 0, nextAttemptAt = ?1, lastError = null"
                    + " where bookingId = ?2", now, booking.id);
        }
        for (CalendarConnection c : CalendarConnection.ofTherapist(booking.therapist.id)) {
            if (c.kind != CalendarConnection.Kind.CALDAV) {
                continue;
            }
            String href = ConnectedCalendar.of(c.id).stream().filter(k -> k.write).map(k -> k.href).findFirst().orElse(null);
            CalendarWrite write = CalendarWrite.<CalendarWrite>find("connectionId = ?1 and bookingId = ?2", c.id, booking.id)
                    .firstResult();
            if (href == null && write == null) {
                continue;
            }
            if (write == null) {
                write = new CalendarWrite();
                write.connectionId = c.id;
                write.bookingId = booking.id;
                write.createdAt = now;
            }
            // a change not yet sent is superseded: the relay sends the booking as it is then, once
            write.calendarHref = href == null ? write.calendarHref : slash(href);
            write.version++;
            write.attempts = 0;
            write.nextAttemptAt = now;
            write.lastError = null;
            write.persist();
        }
    }

    void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingEvent event) {
        if (event.kind() != BookingEvent.Kind.RELOCATED && !kick.isShutdown()) {
            kick.submit(relay::drain);
        }
    }

    @PreDestroy
    void stop() {
        kick.shutdown();
    }

    /** Stable for the booking's life, and of the form {@link CalendarReader} skips as Hearth's own. */
    String uid(String reference) {
        return WriteBackEvent.uid(config.publicUrl(), reference);
    }

    private static String slash(String href) {
        return href.endsWith("/") ? href : href + "/";
    }
}
