package app.hearth.calendarsync;

import app.hearth.booking.Booking;
import app.hearth.booking.BookingStatus;
import app.hearth.cluster.RunsOnce;
import app.hearth.common.HearthConfig;
import app.hearth.mail.Backoff;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends the bookings waiting in {@link CalendarWrite}: claims a due row (a lease, so two instances never send the same
 * row at once), reads the booking as it is now, and PUTs it (If-None-Match: * when the calendar does not have it yet,
 * If-Match with its ETag when it does) or DELETEs it with If-Match once cancelled, with no transaction open while the
 * server is asked. A failure is retried with exponential backoff and shown as the connection's last error.
 */
@ApplicationScoped
public class CalendarWriteRelay {

    private static final Logger LOG = Logger.getLogger(CalendarWriteRelay.class);
    /** Longer than one write can take (a GET and a PUT of at most 20 s each). */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 20;
    static final String ERROR_PREFIX = "Writing booking ";

    @Inject
    Clock clock;
    @Inject
    HearthConfig config;
    @Inject
    CalendarNetwork network;
    @Inject
    ConnectionSecrets secrets;

    /** One claimed write with everything it needs, read in a short transaction. */
    record Job(Long id, int version, Long connectionId, String href, CalendarHttp.Login login, boolean delete,
               String reference, WriteBackEvent.Content content) {
    }

    @RunsOnce
    @Scheduled(every = "${hearth.calendar.write-check}", delayed = "20s", identity = "calendar-write-back",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        drain();
    }

    /** Sends every write that is due now; answers how many reached their calendar. */
    public synchronized int drain() {
        int written = 0;
        List<Long> due;
        do {
            Instant now = clock.instant();
            due = QuarkusTransaction.requiringNew().call(() -> CalendarWrite.<CalendarWrite>find(
                            "nextAttemptAt <= ?1 and (claimedUntil is null or claimedUntil < ?1) order by nextAttemptAt, id", now)
                    .page(0, BATCH).list().stream().map(w -> w.id).toList());
            for (Long id : due) {
                if (send(id)) {
                    written++;
                }
            }
        } while (due.size() == BATCH);
        return written;
    }

    private boolean send(Long id) {
        Instant now = clock.instant();
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> CalendarWrite.update("claimedUntil = ?1 where id = ?2 "
                + "and nextAttemptAt <= ?3 and (claimedUntil is null or claimedUntil < ?3)", now.plus(LEASE), id, now)) == 1;
        if (!claimed) {
            return false;
        }
        Job job = QuarkusTransaction.requiringNew().call(() -> job(id));
        if (job == null) {
            return false;
        }
        try {
            write(job);
        } catch (CalendarHttp.Failed e) {
            QuarkusTransaction.requiringNew().run(() -> failed(job, ERROR_PREFIX + job.reference()
                    + " into your calendar failed: " + e.getMessage()));
            return false;
        } catch (RuntimeException e) {
            LOG.warnf("writing a booking to calendar connection %d failed (%s)", job.connectionId(), e.getClass().getSimpleName());
            QuarkusTransaction.requiringNew().run(() -> failed(job, ERROR_PREFIX + job.reference()
                    + " into your calendar failed."));
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> written(job));
        return true;
    }

    private Job job(Long id) {
        CalendarWrite w = CalendarWrite.findById(id);
        CalendarConnection c = w == null ? null : CalendarConnection.findById(w.connectionId);
        Booking booking = w == null ? null : Booking.findById(w.bookingId);
        if (c == null || booking == null) {
            if (w != null) {
                w.delete();
            }
            return null;
        }
        Therapist therapist = Therapist.findById(c.therapistId);
        CalendarHttp.Login login = new CalendarHttp.Login(secrets.open(c.id, "username", c.usernameSealed),
                secrets.open(c.id, "password", c.passwordSealed));
        WriteBackEvent.Content content = new WriteBackEvent.Content(uid(booking.reference), booking.reference,
                c.clientNameInTitle ? booking.clientName : null, booking.startAt, booking.endAt, therapist.zone(),
                config.practiceName(), config.mail().from(), clock.instant());
        return new Job(w.id, w.version, c.id, w.calendarHref + content.uid() + ".ics", login,
                // cancelled, or reassigned to a colleague: it no longer belongs in this therapist's calendar
                booking.status == BookingStatus.CANCELLED || !booking.therapist.id.equals(c.therapistId),
                booking.reference, content);
    }

    private void write(Job job) throws CalendarHttp.Failed {
        CalendarHttp http = network.http();
        CalendarHttp.Answer current = http.send("GET", job.href(), job.login(), Map.of(), null);
        String etag = current.status() == 200 ? current.etag() : null;
        if (current.status() != 200 && current.status() != 404) {
            throw new CalendarHttp.Failed("the CalDAV server answered " + current.status() + ".");
        }
        if (job.delete()) {
            if (etag != null) {
                expect(http.send("DELETE", job.href(), job.login(), Map.of("If-Match", etag), null), true);
            }
            return;
        }
        Map<String, String> headers = Map.of("Content-Type", "text/calendar; charset=utf-8",
                etag == null ? "If-None-Match" : "If-Match", etag == null ? "*" : etag);
        expect(http.send("PUT", job.href(), job.login(), headers, WriteBackEvent.ics(job.content())), false);
    }

    private static void expect(CalendarHttp.Answer answer, boolean goneIsDone) throws CalendarHttp.Failed {
        boolean done = answer.status() >= 200 && answer.status() <= 299 || goneIsDone && answer.status() == 404;
        if (!done) {
            // 412 means the event changed between our GET and this request: the retry reads its ETag again
            throw new CalendarHttp.Failed("the CalDAV server answered " + answer.status() + ".");
        }
    }

    /** Done, unless the booking changed while it was sent: then the row stays, due now, to send the newer state. */
    private void written(Job job) {
        if (CalendarWrite.delete("id = ?1 and version = ?2", job.id(), job.version()) == 0) {
            CalendarWrite.update("claimedUntil = null where id = ?1", job.id());
        }
        CalendarConnection.update("lastError = null where id = ?1 and lastError like ?2", job.connectionId(), ERROR_PREFIX + "%");
    }

    private void failed(Job job, String message) {
        CalendarWrite w = CalendarWrite.findById(job.id());
        String shown = message.length() > 300 ? message.substring(0, 300) : message;
        CalendarConnection.update("lastError = ?1 where id = ?2", shown, job.connectionId());
        if (w == null) {
            return;
        }
        w.claimedUntil = null;
        if (w.version != job.version()) {
            return; // superseded while it was sent: the newer state is due now, with fresh attempts
        }
        w.attempts++;
        w.lastError = shown;
        if (w.attempts >= config.calendar().writeAttempts()) {
            LOG.warnf("gave up writing a booking to calendar connection %d after %d tries", job.connectionId(), w.attempts);
            w.delete();
            return;
        }
        Backoff backoff = new Backoff(config.calendar().writeRetry(), config.calendar().writeRetryMax());
        w.nextAttemptAt = clock.instant().plus(backoff.after(w.attempts, ThreadLocalRandom.current()));
    }

    private String uid(String reference) {
        return WriteBackEvent.uid(config.publicUrl(), reference);
    }
}
