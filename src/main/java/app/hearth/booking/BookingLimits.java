package app.hearth.booking;

import app.hearth.common.ConflictException;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.TooManyRequestsException;
import app.hearth.limits.Limit;
import app.hearth.limits.RateLimits;
import app.hearth.seal.ProofOfWork;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an anonymous booking must get past before it is tried, so one script can neither fill a therapist's calendar
 * nor make the practice mail any address: a solved proof-of-work puzzle when the practice switches it on, shared
 * rate limits (database buckets, the same on every instance) per client address, per email and per therapist-day,
 * and a cap on the upcoming bookings one email may hold, decided under a per-email lock inside the booking. Refusals are logged and counted by reason only, never with
 * an address or email.
 */
@ApplicationScoped
class BookingLimits {

    private static final Logger LOG = Logger.getLogger(BookingLimits.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant AFTER_LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    @Inject
    RateLimits limits;
    @Inject
    HearthConfig config;
    @Inject
    ProofOfWork puzzles;
    @Inject
    BookingSeal seal;
    @Inject
    Clock clock;
    @Inject
    CurrentVertxRequest http;
    @Inject
    MeterRegistry registry;

    private final Map<String, Counter> refusals = new ConcurrentHashMap<>();

    /** What the booking edge knows besides the request: the solved puzzle it was sent (header or form field). */
    record Admission(String proofOfWork) {
        static final Admission NONE = new Admission(null);
    }

    /** Throws 400 (puzzle), 429 with Retry-After (rates) or 409 (cap) unless this booking may be tried now. */
    void admit(CreateBookingRequest request, Admission admission) {
        if (request.start().isBefore(EARLIEST) || !request.start().isBefore(AFTER_LATEST)) {
            // before it is counted or reaches a query: PostgreSQL's timestamps cannot hold the year 999999999
            throw new InvalidInputException("start", "must be a time between the years 1900 and 9999");
        }
        if (config.booking().proofOfWork()) {
            checkProof(admission.proofOfWork());
        }
        String address = clientAddress();
        if (address != null) {
            take(new Limit("booking-address", config.booking().perAddress(), Duration.ofHours(1)), address, "address");
        }
        String email = request.client().email().strip().toLowerCase(Locale.ROOT);
        take(new Limit("booking-email", config.booking().perEmail(), Duration.ofDays(1)), email, "email");
        String day = request.start().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        take(new Limit("booking-therapist-day", config.booking().perTherapistDay(), Duration.ofDays(1)),
                request.therapist() + "|" + day, "therapist-day");
        // a quick refusal before any lock; underCap decides again inside the booking's transaction
        refuseOverCap(email, QuarkusTransaction.requiringNew().call(() -> activeOf(email)));
    }

    /**
     * Inside the booking's transaction, before the therapist's row is locked (always in this order, so two bookings
     * never wait on each other crosswise): holds the email's lock row until commit, then counts its upcoming calls.
     * Two bookings for one email sent at once are counted one after the other, whichever therapists they are for.
     */
    void underCap(String email) {
        String key = seal.lockKey(email);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var em = Booking.getEntityManager();
        // in the booking's own transaction and connection: a second one per booking could drain the pool under load
        em.createNativeQuery("insert into booking_email_lock (email_index, used_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, key).setParameter(2, now).executeUpdate();
        em.createNativeQuery("select email_index from booking_email_lock where email_index = ?1 for update")
                .setParameter(1, key).getResultList();
        em.createNativeQuery("update booking_email_lock set used_at = ?1 where email_index = ?2")
                .setParameter(1, now).setParameter(2, key).executeUpdate();
        refuseOverCap(email, activeOf(email));
    }

    private long activeOf(String email) {
        Instant now = clock.instant();
        return seal.ofClient(email).stream().filter(b -> b.isActive() && b.startAt.isAfter(now)).count();
    }

    private void refuseOverCap(String email, long active) {
        int cap = config.booking().activePerEmail();
        if (active >= cap) {
            refused("active-cap");
            throw new ConflictException("too-many-bookings", "This email address already has " + cap
                    + " upcoming calls booked. Please cancel one with its manage link, or contact the practice.");
        }
    }

    /** A new puzzle for a booking form or API client. */
    ProofOfWork.Challenge challenge() {
        return puzzles.issue();
    }

    boolean proofRequired() {
        return config.booking().proofOfWork();
    }

    private void checkProof(String payload) {
        Optional<ProofOfWork.Solved> solved = puzzles.verify(payload);
        if (solved.isEmpty()) {
            refused(payload == null || payload.isBlank() ? "proof-missing" : "proof-wrong");
            throw new InvalidInputException("proofOfWork", payload == null || payload.isBlank()
                    ? "is required: solve a challenge from GET /api/bookings/challenge"
                    : "is not a solution of a current challenge");
        }
        if (!recordOnce(solved.get())) {
            refused("proof-replayed");
            throw new InvalidInputException("proofOfWork", "was already used: solve a new challenge");
        }
    }

    /** Remembers a solved puzzle until it expires; false when it was already used. */
    private boolean recordOnce(ProofOfWork.Solved solved) {
        try {
            QuarkusTransaction.requiringNew().run(() -> Booking.getEntityManager()
                    .createNativeQuery("insert into booking_proof_used (id, expires_at) values (?1, ?2)")
                    .setParameter(1, app.hearth.common.Secrets.hash(solved.salt()))
                    .setParameter(2, solved.expires().atOffset(ZoneOffset.UTC))
                    .executeUpdate());
            return true;
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Used puzzles past their expiry would be refused anyway, and email lock rows a day old guard nothing: forget them. */
    @Scheduled(every = "${hearth.limits.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeUsedProofs() {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Booking.getEntityManager();
            em.createNativeQuery("delete from booking_proof_used where expires_at < ?1")
                    .setParameter(1, now.atOffset(ZoneOffset.UTC)).executeUpdate();
            em.createNativeQuery("delete from booking_email_lock where used_at < ?1")
                    .setParameter(1, now.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)).executeUpdate();
        });
    }

    private void take(Limit limit, String subject, String reason) {
        RateLimits.Decision decision = limits.take(limit, subject);
        if (!decision.allowed()) {
            refused(reason);
            throw new TooManyRequestsException(decision.retryAfter());
        }
    }

    private void refused(String reason) {
        LOG.infof("booking refused: %s", reason);
        refusals.computeIfAbsent(reason, r -> Counter.builder("hearth.booking.refusals")
                .description("Bookings refused before they were tried, by reason").tag("reason", r)
                .register(registry)).increment();
    }

    /** The client's address as the HTTP layer resolved it (forwarded headers only from trusted proxies). */
    private String clientAddress() {
        try {
            var context = http.getCurrent();
            return context == null || context.request().remoteAddress() == null ? null
                    : context.request().remoteAddress().hostAddress();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
