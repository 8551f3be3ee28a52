package app.hearth.privacy;

import app.hearth.common.ClientDataHolder;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One client's data on request (access, GDPR art. 15 / PHIPA s. 52) and its erasure (art. 17): every feature
 * that holds client data answers for its own part, all in one transaction, so a refusal by one undoes all. The
 * admin API and the practice console's client page both call it, so both are audited alike.
 */
@ApplicationScoped
public class ClientDataService {

    private static final Logger LOG = Logger.getLogger(ClientDataService.class);

    @Inject
    @All
    List<ClientDataHolder> holders;
    @Inject
    Clock clock;

    /** Everything held about one client: when, and one section per kind of record ("bookings", "intakes"). */
    public record Export(Instant exportedAt, @JsonAnyGetter Map<String, List<?>> sections) {
    }

    /** What an erasure removed, one count per kind ("intakesDeleted", "bookingsAnonymised", ...). */
    public record Erasure(@JsonAnyGetter Map<String, Integer> counts) {
    }

    @Transactional
    public Export export(String email, long actorId) {
        Map<String, List<?>> sections = new LinkedHashMap<>();
        for (ClientDataHolder holder : holders) {
            sections.putAll(holder.export(email, actorId));
        }
        // counts only: the log never names the client
        LOG.infof("client data exported: %s", counts(sections));
        return new Export(clock.instant(), sections);
    }

    @Transactional
    public Erasure erase(String email, long actorId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ClientDataHolder holder : holders) {
            counts.putAll(holder.forget(email, actorId));
        }
        LOG.infof("client data erased: %s", counts);
        return new Erasure(counts);
    }

    private static Map<String, Integer> counts(Map<String, List<?>> sections) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        sections.forEach((name, records) -> counts.put(name, records.size()));
        return counts;
    }
}
