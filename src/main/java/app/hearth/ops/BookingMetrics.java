package app.hearth.ops;

import app.hearth.booking.BookingEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Counts booking changes (hearth_bookings_total{change=created|rescheduled|cancelled}) once they are committed. */
@ApplicationScoped
class BookingMetrics {

    private final Map<BookingEvent.Kind, Counter> counters = new EnumMap<>(BookingEvent.Kind.class);

    BookingMetrics(MeterRegistry registry) {
        for (BookingEvent.Kind kind : BookingEvent.Kind.values()) {
            counters.put(kind, Counter.builder("hearth.bookings")
                    .description("Booking changes committed by this instance")
                    .tag("change", kind.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    // after success only: a change rolled back (lost race, database failure) never happened
    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingEvent event) {
        counters.get(event.kind()).increment();
    }
}
