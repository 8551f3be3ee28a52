package app.hearth.intake;

import app.hearth.audit.AuditLog;
import app.hearth.booking.Booking;
import app.hearth.booking.BookingSeal;
import app.hearth.common.ClientDataHolder;
import app.hearth.intake.IntakeApi.IntakeDetail;
import app.hearth.seal.Sealer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client's intakes and drafts on request, found by the keyed fingerprint stored with each submission and
 * through the client's bookings. Every intake read or erased is audited, and so is a request that found none.
 * Runs before bookings forget the client's address, since drafts and linked intakes are found through them.
 */
@ApplicationScoped
@Priority(20)
class IntakeClientData implements ClientDataHolder {

    @Inject
    Sealer sealer;
    @Inject
    BookingSeal bookingSeal;
    @Inject
    IntakeReading intake;
    @Inject
    AuditLog audit;

    @Override
    public Map<String, List<?>> export(String email, long actorId) {
        List<Booking> bookings = bookingSeal.ofClient(email);
        List<IntakeDetail> intakes = new ArrayList<>();
        for (IntakeSubmission s : submissions(email, bookings)) {
            intakes.add(intake.readForExport(s, actorId));
        }
        if (intakes.isEmpty()) {
            audit.record(actorId, AuditLog.Action.EXPORT, null, "no intake found; " + bookings.size() + " bookings");
        }
        return Map.of("intakes", intakes);
    }

    @Override
    public Map<String, Integer> forget(String email, long actorId) {
        List<Booking> bookings = bookingSeal.ofClient(email);
        int intakes = 0;
        for (IntakeSubmission s : submissions(email, bookings)) {
            audit.record(actorId, AuditLog.Action.ERASE, s.reference, null);
            s.delete();
            intakes++;
        }
        int drafts = 0;
        for (Booking b : bookings) {
            drafts += (int) IntakeDraft.delete("booking = ?1", b);
        }
        if (intakes == 0) {
            audit.record(actorId, AuditLog.Action.ERASE, null, "no intake found; " + bookings.size() + " bookings");
        }
        return Map.of("intakesDeleted", intakes, "draftsDeleted", drafts);
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
}
