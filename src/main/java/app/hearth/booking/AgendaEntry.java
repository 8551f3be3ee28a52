package app.hearth.booking;

import java.time.Instant;

/** One call on a therapist's agenda: no sealed details are opened for the overview, only the client's name. */
public record AgendaEntry(String reference, BookingStatus status, Instant start, Instant end, String clientName,
                          boolean bookedViaAny) {
}
