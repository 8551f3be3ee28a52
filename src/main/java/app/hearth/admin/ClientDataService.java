package app.hearth.admin;

import app.hearth.audit.AuditLog;
import app.hearth.booking.Booking;
import app.hearth.common.ConflictException;
import app.hearth.intake.IntakeApi.IntakeDetail;
import app.hearth.intake.IntakeDraft;
import app.hearth.intake.IntakeReading;
import app.hearth.intake.IntakeSubmission;
import app.hearth.mail.OutboxMessage;
import app.hearth.seal.Sealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One client's data on request (access, GDPR art. 15 / PHIPA s. 52) and its erasure (art. 17): found by their
 * email address, through the bookings that hold it and the keyed fingerprint stored with each intake.
 */
@ApplicationScoped
public class ClientDataService {

    private static final Logger LOG = Logger.getLogger(ClientDataService.class);
    static final String ERASED = "(erased)";

    @Inject
    Sealer sealer;
    @Inject
    IntakeReading intake;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** A booking as exported: what the practice holds about the call. */
    public record BookingRecord(String reference, String status, Instant start, Instant end, String therapist,
                                String clientName, String clientEmail, String clientPhone, String timezone,
                                String message, Instant createdAt) {
    }

    /** Everything held about one client. */
    public record Export(Instant exportedAt, List<BookingRecord> bookings, List<IntakeDetail> intakes) {
    }

    /** What an erasure removed. */
    public record Erasure(int intakesDeleted, int draftsDeleted, int bookingsAnonymised, int mailsDeleted) {
    }

    @Transactional
    public Export export(String email, long actorId) {
        List<Booking> bookings = bookings(email);
        List<IntakeDetail> intakes = new ArrayList<>();
        for (IntakeSubmission s : submissions(email, bookings)) {
            intakes.add(intake.readForExport(s, actorId));
        }
        List<BookingRecord> records = bookings.stream().map(b -> new BookingRecord(b.reference, b.status.name(),
                b.startAt, b.endAt, b.therapist.slug, b.clientName, b.clientEmail, b.clientPhone, b.clientTimezone,
                b.message, b.createdAt)).toList();
        if (intakes.isEmpty()) {
            audit.record(actorId, AuditLog.Action.EXPORT, null, "no intake found; " + bookings.size() + " bookings");
        }
        LOG.infof("client data exported: %d bookings, %d intakes", records.size(), intakes.size());
        return new Export(clock.instant(), records, intakes);
    }

    /**
     * Deletes the client's intakes and drafts and the mail sent to them, and strips their details from past
     * bookings (the time slot stays in the therapist's history). An upcoming booking must be cancelled first,
     * so the client is told rather than silently dropped.
     */
    @Transactional
    public Erasure erase(String email, long actorId) {
        List<Booking> bookings = bookings(email);
        Instant now = clock.instant();
        for (Booking b : bookings) {
            if (b.isActive() && b.endAt.isAfter(now)) {
                throw new ConflictException("upcoming-booking", "This client has an upcoming booking ("
                        + b.reference + "). Cancel it first so they are told, then erase.");
            }
        }
        int intakes = 0;
        for (IntakeSubmission s : submissions(email, bookings)) {
            audit.record(actorId, AuditLog.Action.ERASE, s.reference, null);
            s.delete();
            intakes++;
        }
        int drafts = 0;
        for (Booking b : bookings) {
            drafts += (int) IntakeDraft.delete("booking = ?1", b);
            b.clientName = ERASED;
            b.clientEmail = "erased-" + b.reference.toLowerCase(Locale.ROOT) + "@invalid";
            b.clientPhone = null;
            b.message = null;
            b.cancelReason = null;
        }
        int mails = (int) OutboxMessage.delete("lower(toAddress) = ?1", normalized(email));
        if (intakes == 0) {
            audit.record(actorId, AuditLog.Action.ERASE, null, "no intake found; " + bookings.size() + " bookings");
        }
        LOG.infof("client data erased: %d intakes, %d drafts, %d bookings, %d mails", intakes, drafts,
                bookings.size(), mails);
        return new Erasure(intakes, drafts, bookings.size(), mails);
    }

    private static List<Booking> bookings(String email) {
        return Booking.list("lower(clientEmail) = ?1 order by startAt", normalized(email));
    }

    private List<IntakeSubmission> submissions(String email, List<Booking> bookings) {
        Map<Long, IntakeSubmission> found = new LinkedHashMap<>();
        for (IntakeSubmission s : IntakeSubmission.<IntakeSubmission>list("clientIndex in ?1 order by submittedAt",
                IntakeSubmission.clientIndexes(sealer, email))) {
            found.put(s.id, s);
        }
        if (!bookings.isEmpty()) {
            for (IntakeSubmission s : IntakeSubmission.<IntakeSubmission>list("booking in ?1 order by submittedAt",
                    bookings)) {
                found.putIfAbsent(s.id, s);
            }
        }
        return List.copyOf(found.values());
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
