package app.hearth.booking;

import app.hearth.common.ClientDataHolder;
import app.hearth.common.ConflictException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A client's bookings on request: exported whole, and on erasure stripped of the client's details (the time
 * stays in the therapist's history). Runs last among the holders: others find their rows through bookings.
 */
@ApplicationScoped
@Priority(0)
class BookingClientData implements ClientDataHolder {

    static final String ERASED = "(erased)";

    @Inject
    Clock clock;
    @Inject
    BookingSeal seal;

    /** A booking as exported: what the practice holds about the call. */
    record BookingRecord(String reference, String status, Instant start, Instant end, String therapist,
                         String clientName, String clientEmail, String clientPhone, String timezone,
                         String message, Instant createdAt, Boolean detailsUnreadable) {
    }

    @Override
    public Map<String, List<?>> export(String email, long actorId) {
        return Map.of("bookings", seal.ofClient(email).stream().map(b -> record(b, seal.open(b))).toList());
    }

    /** An upcoming booking must be cancelled first, so the client is told rather than silently dropped. */
    @Override
    public Map<String, Integer> forget(String email, long actorId) {
        List<Booking> bookings = seal.ofClient(email);
        Instant now = clock.instant();
        for (Booking b : bookings) {
            if (b.isActive() && b.endAt.isAfter(now)) {
                throw new ConflictException("upcoming-booking", "This client has an upcoming booking ("
                        + b.reference + "). Cancel it first so they are told, then erase.");
            }
        }
        for (Booking b : bookings) {
            b.clientName = ERASED;
            seal.address(b, "erased-" + b.reference.toLowerCase(Locale.ROOT) + "@invalid");
            seal.seal(b, null, null);
            b.cancelReason = null;
        }
        return Map.of("bookingsAnonymised", bookings.size());
    }

    private static BookingRecord record(Booking b, BookingSeal.Details details) {
        return new BookingRecord(b.reference, b.status.name(), b.startAt, b.endAt, b.therapist.slug, b.clientName,
                b.clientEmail, details.phone(), b.clientTimezone, details.message(), b.createdAt,
                details.unreadableFlag());
    }
}
