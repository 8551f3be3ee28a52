package app.hearth.booking;

import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;

import java.time.Instant;

/**
 * One call on a therapist's agenda: no sealed details are opened for the overview, only the client's name. Read as a
 * Panache projection of these six columns, so no booking entity is hydrated or checked for changes at commit.
 */
public record AgendaEntry(String reference, BookingStatus status, @ProjectedFieldName("startAt") Instant start,
                          @ProjectedFieldName("endAt") Instant end, String clientName, boolean bookedViaAny) {
}
