package app.hearth.common;

import java.util.List;
import java.util.Map;

/**
 * A feature that keeps personal data about clients, found by the email address they gave. A client's access
 * and erasure requests ask every holder for its own part, so no feature rewrites another's tables.
 * <p>
 * Both calls join the caller's transaction: a holder that refuses (a {@link ConflictException}) undoes what
 * the others did. Holders run by descending {@code @Priority}; one that finds its rows through another's
 * (intakes through bookings) must run before that one forgets the address.
 */
public interface ClientDataHolder {

    /** What this feature holds about the client, as named sections of the export (e.g. "bookings"). */
    Map<String, List<?>> export(String email, long actorId);

    /** Deletes or anonymises the client's data; answers how much, as named counts (e.g. "mailsDeleted"). */
    Map<String, Integer> forget(String email, long actorId);
}
