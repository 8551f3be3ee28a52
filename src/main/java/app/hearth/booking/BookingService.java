package app.hearth.booking;

import app.hearth.availability.AvailabilityService;
import app.hearth.availability.Schedule;
import app.hearth.availability.SlotEngine.Verdict;
import app.hearth.common.Constraints;
import app.hearth.common.ConflictException;
import app.hearth.common.GoneException;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.Secrets;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Books, moves and cancels discovery calls. Each decision is made under a lock on the therapist's row and
 * backed by database constraints, so two requests can never both win the same time.
 */
@ApplicationScoped
class BookingService {

    private static final Logger LOG = Logger.getLogger(BookingService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;
    @Inject
    AvailabilityService availability;
    @Inject
    IdempotencyStore idempotency;
    @Inject
    HearthConfig config;
    @Inject
    Event<BookingEvent> events;
    @Inject
    BookingSeal seal;
    @Inject
    BookingLimits limits;
    @Inject
    CallPlans plans;
    @Inject
    CallerPhone phones;

    /** Books after BookingLimits admits it; a replayed request gets its first answer without being counted again. */
    public BookingView book(CreateBookingRequest request, String idempotencyKey, BookingLimits.Admission admission) {
        String canonical = null;
        if (idempotencyKey != null) {
            idempotency.checkKey(idempotencyKey);
            canonical = idempotency.canonical(request);
            Optional<BookingView> first = idempotency.replay(idempotencyKey, canonical);
            if (first.isPresent()) {
                return first.get();
            }
        }
        limits.admit(request, admission);
        String sent = canonical;
        // each candidate is tried in its own transaction so a lost race releases its lock at once
        for (Long therapistId : phones.usable(candidates(request), request)) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> bookWith(therapistId, request, idempotencyKey, sent));
            } catch (SlotTakenException taken) {
                LOG.debugf("slot taken for therapist %d, trying the next candidate", therapistId);
            } catch (PersistenceException e) {
                if (idempotencyKey != null && Constraints.violated(e, "idempotency_record")) {
                    // a concurrent request with this key claimed it first; our insert waited until it committed
                    return idempotency.replay(idempotencyKey, sent).orElseThrow(IdempotencyStore::inProgress);
                }
                if (!SlotTakenException.isDoubleBooking(e)) {
                    throw e;
                }
            }
        }
        throw new SlotTakenException();
    }

    public BookingView view(String token) {
        return managed(byToken(token), token);
    }

    private BookingView managed(Booking booking, String token) {
        return BookingView.forManager(booking, seal.open(booking), manageUrl(token), changeable(booking),
                plans.locationOf(booking), plans.intakeUrl(booking).orElse(null), plans.intakeDone(booking));
    }

    public BookingView reschedule(String token, Instant start) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Booking booking = lockedByToken(token);
                move(booking, start, token);
                return managed(booking, token);
            });
        } catch (PersistenceException e) {
            throw SlotTakenException.orFailure(e);
        }
    }

    /**
     * Moves inside the caller's transaction, the therapist's row already locked; moving to the time it already has
     * changes nothing, so a repeated request notifies no one twice. A null token means the therapist moved it.
     */
    void move(Booking booking, Instant start, String manageToken) {
        Instant now = clock.instant();
        if (!booking.isActive()) {
            throw new ConflictException("booking-cancelled", "This booking was cancelled. Please book a new call.");
        }
        if (!booking.startAt.isAfter(now)) {
            throw new ConflictException("booking-past", "This call has already started or taken place.");
        }
        if (start.equals(booking.startAt)) {
            return;
        }
        if (!booking.therapist.active) {
            throw new ConflictException("therapist-unavailable", "This therapist no longer takes new times.");
        }
        refuseUnlessFree(availability.verdict(booking.therapist, start, now, booking.id));
        Instant previous = booking.startAt;
        booking.moveTo(start, start.plus(Schedule.DISCOVERY_CALL), now);
        if (booking.therapist.renewRoomOnReschedule && "VIDEO_GENERATED".equals(booking.meetingKind)) {
            plans.place(booking, booking.therapist);
        }
        Booking.flush();
        events.fire(new BookingEvent(BookingEvent.Kind.RESCHEDULED, booking, manageToken, previous));
        LOG.infof("booking %s rescheduled", booking.reference);
    }

    public BookingView cancel(String token, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Booking booking = lockedByToken(token);
            cancel(booking, reason, "CLIENT", token);
            return managed(booking, token);
        });
    }

    /** Cancels inside the caller's transaction; cancelling twice changes nothing and notifies no one twice. */
    public void cancel(Booking booking, String reason, String cancelledBy, String manageToken) {
        if (!booking.isActive()) {
            return;
        }
        if (!booking.startAt.isAfter(clock.instant())) {
            throw new ConflictException("booking-past", "This call has already started or taken place.");
        }
        booking.cancel(reason, cancelledBy, clock.instant());
        Booking.flush();
        events.fire(new BookingEvent(BookingEvent.Kind.CANCELLED, booking, manageToken, null));
        LOG.infof("booking %s cancelled by %s", booking.reference, cancelledBy.toLowerCase());
    }

    public String manageUrl(String token) {
        return config.publicUrl("/manage/" + token);
    }

    private BookingView bookWith(Long therapistId, CreateBookingRequest request, String key, String canonical) {
        Optional<BookingView> first = key == null ? Optional.empty() : idempotency.claim(key, canonical);
        if (first.isPresent()) {
            return first.get();
        }
        limits.underCap(request.client().email());
        Therapist therapist = Therapist.lockForBooking(therapistId);
        if (therapist == null || !therapist.active || !therapist.acceptingNewClients) {
            throw new SlotTakenException();
        }
        Instant now = clock.instant();
        refuseUnlessFree(availability.verdict(therapist, request.start(), now, null));
        String token = Secrets.newToken();
        Booking booking = new Booking();
        booking.reference = BookingRules.newReference();
        booking.therapist = therapist;
        booking.clientName = request.client().name().strip();
        seal.address(booking, request.client().email());
        booking.clientTimezone = request.timezone();
        booking.bookedViaAny = request.forAnyTherapist();
        seal.seal(booking, phones.forCall(therapist, request), BookingRules.blankToNull(request.message()));
        plans.place(booking, therapist);
        booking.manageTokenHash = Secrets.hash(token);
        booking.createdAt = now;
        booking.confirmAt(request.start(), request.start().plus(Schedule.DISCOVERY_CALL), now);
        booking.persistAndFlush();
        BookingView answer = BookingView.created(booking, token, manageUrl(token), plans.locationOf(booking),
                plans.intakeUrl(booking).orElse(null));
        if (key != null) {
            idempotency.complete(key, answer);
        }
        events.fire(new BookingEvent(BookingEvent.Kind.CREATED, booking, token, null));
        LOG.infof("booking %s created for therapist %s", booking.reference, therapist.slug);
        return answer;
    }

    /**
     * Who may take this request, best first. A named therapist is the only candidate: the check under the
     * lock reports a start in the past or outside hours as 400 just as well. For "any", each therapist's
     * verdict is read first, so only free ones are tried and a hopeless start fails with its real reason.
     */
    private List<Long> candidates(CreateBookingRequest request) {
        if (!request.forAnyTherapist()) {
            Therapist one = Therapist.findListed(request.therapist())
                    .orElseThrow(() -> new InvalidInputException("therapist", "is not a therapist of this practice"));
            if (!one.acceptingNewClients) {
                throw new ConflictException("not-accepting", "This therapist is not taking new clients at the moment.");
            }
            return List.of(one.id);
        }
        Instant now = clock.instant();
        List<Therapist> therapists = Therapist.bookable();
        Map<Long, Verdict> verdicts = new HashMap<>();
        for (Therapist t : therapists) {
            verdicts.put(t.id, availability.verdict(t, request.start(), now, null));
        }
        List<Long> free = new ArrayList<>(verdicts.entrySet().stream()
                .filter(e -> e.getValue() == Verdict.FREE).map(Map.Entry::getKey).toList());
        if (free.isEmpty()) {
            refuseUnlessFree(verdicts.values().stream().min(Comparator.comparing(BookingRules::severity)).orElse(Verdict.OUTSIDE_HOURS));
        }
        // spread "any" bookings fairly: the least booked therapist first, ties in random order
        Collections.shuffle(free, RANDOM);
        Map<Long, Long> load = upcomingLoad(now);
        free.sort(Comparator.comparing(id -> load.getOrDefault(id, 0L)));
        return free;
    }

    private static Map<Long, Long> upcomingLoad(Instant now) {
        Map<Long, Long> load = new HashMap<>();
        List<Object[]> rows = Booking.getEntityManager().createQuery(
                        "select b.therapist.id, count(b) from Booking b where b.status = :status and b.startAt >= :now "
                                + "group by b.therapist.id", Object[].class)
                .setParameter("status", BookingStatus.CONFIRMED).setParameter("now", now).getResultList();
        rows.forEach(r -> load.put((Long) r[0], (Long) r[1]));
        return load;
    }

    private static void refuseUnlessFree(Verdict verdict) {
        switch (verdict) {
            case FREE -> { }
            case TAKEN, DAY_FULL -> throw new SlotTakenException();
            case PAST -> throw new InvalidInputException("start", "must be in the future");
            case TOO_SOON -> throw new InvalidInputException("start", "is too soon: the therapist needs more notice");
            case TOO_FAR -> throw new InvalidInputException("start", "is too far ahead: bookings open later");
            case OUTSIDE_HOURS -> throw new InvalidInputException("start",
                    "is not one of the offered discovery-call times");
        }
    }

    private Booking byToken(String token) {
        if (!Secrets.looksLikeToken(token)) {
            throw unknownToken();
        }
        Booking booking = Booking.findByTokenHash(Secrets.hash(token)).orElseThrow(BookingService::unknownToken);
        if (booking.linkExpired(clock.instant(), config.manageLinkDaysAfter())) {
            throw expired();
        }
        return booking;
    }

    /** A manage link past its life: 410, and the way to book again. */
    GoneException expired() {
        return new GoneException("manage-link-expired", "This booking link has expired: it worked until "
                + config.manageLinkDaysAfter() + " days after the call. You are welcome to book a new call at "
                + config.publicUrl("/book") + ".");
    }

    /** The token's booking, read again after locking its therapist: the same lock every change takes. */
    private Booking lockedByToken(String token) {
        Booking booking = byToken(token);
        Therapist.lockForBooking(booking.therapist.id);
        Booking.getEntityManager().refresh(booking);
        return booking;
    }

    private boolean changeable(Booking booking) {
        return booking.isActive() && booking.startAt.isAfter(clock.instant());
    }

    private static NotFoundException unknownToken() {
        return new NotFoundException("This booking link is not valid. Check the link in your confirmation email.");
    }
}
