package app.hearth.calendar;

import app.hearth.booking.Booking;
import app.hearth.booking.BookingStatus;
import app.hearth.booking.CallPlans;
import app.hearth.common.HearthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;

/** Turns bookings into the facts calendars may carry, and holds the one InvitationFactory of this instance. */
@ApplicationScoped
class BookingCalendars {

    @Inject
    HearthConfig config;
    @Inject
    CallPlans plans;

    private volatile InvitationFactory factory;

    public InvitationFactory factory() {
        if (factory == null) {
            String host = URI.create(config.publicUrl()).getHost();
            factory = new InvitationFactory(host == null ? "localhost" : host);
        }
        return factory;
    }

    /** @param manageUrl the client's link when the actor holds the token, else null */
    public CallFacts facts(Booking booking, String manageUrl) {
        return new CallFacts(booking.reference, booking.sequence, booking.startAt, booking.endAt,
                booking.status == BookingStatus.CANCELLED, config.practiceName(), config.mail().from(),
                booking.therapist.name, manageUrl, booking.clientName,
                plans.locationOf(booking));
    }

    public String manageUrl(String token) {
        return config.publicUrl("/manage/" + token);
    }
}
