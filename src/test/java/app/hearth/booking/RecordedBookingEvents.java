package app.hearth.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test observer: remembers which booking events fired, for the reference a test cares about. */
@ApplicationScoped
public class RecordedBookingEvents {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    void record(@Observes BookingEvent event) {
        seen.add(event.kind() + " " + event.booking().reference + " " + event.booking().cancelledBy);
    }

    public List<String> about(String reference) {
        return seen.stream().filter(e -> e.contains(" " + reference + " ")).toList();
    }
}
