package app.hearth.booking;

import java.time.Instant;

/** One call on a therapist's agenda: no sealed details are opened for the overview, only the client's name. */
public record AgendaEntry(String reference, BookingStatus status, Instant start, Instant end, String clientName,
                          boolean bookedViaAny) {

    static AgendaEntry of(Booking b) {
        return new AgendaEntry(b.reference, b.status, b.startAt, b.endAt, b.clientName, b.bookedViaAny);
    }
}
