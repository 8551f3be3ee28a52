package app.hearth.calendar;

import app.hearth.auth.User;
import app.hearth.booking.Booking;
import app.hearth.common.HearthConfig;
import app.hearth.common.Secrets;
import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import net.fortuna.ical4j.model.Calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Therapists' secret calendar feeds: a new token replaces the old one, and only its hash is kept. */
@ApplicationScoped
public class CalendarFeeds {

    /** How far back the feed reaches, so a calendar keeps recent calls and shows recent cancellations. */
    static final Duration RECENT = Duration.ofDays(30);
    static final int MAX_EVENTS = 1000;

    @Inject
    BookingCalendars calendars;
    @Inject
    HearthConfig config;
    @Inject
    Clock clock;

    /** Issues a new feed URL for the therapist; the previous one stops working at once. */
    @Transactional
    public String rotate(Long therapistId) {
        String token = Secrets.newToken();
        Therapist.update("calendarFeedTokenHash = ?1, updatedAt = ?2 where id = ?3", Secrets.hash(token),
                clock.instant(), therapistId);
        return url(token);
    }

    public String url(String token) {
        return config.publicUrl("/calendar/" + token + ".ics");
    }

    /**
     * The feed for a token, or empty when the token is unknown or was replaced, or when its therapist was
     * deactivated or their login disabled: client names must not keep flowing to a calendar nobody should read.
     */
    @Transactional
    public Optional<Calendar> feed(String token) {
        if (!Secrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        Optional<Therapist> owner = Therapist.find("calendarFeedTokenHash = ?1 and active = true", Secrets.hash(token))
                .firstResultOptional();
        return owner.filter(therapist -> User.count("therapist.id = ?1 and active = false", therapist.id) == 0)
                .map(this::calendarOf);
    }

    private Calendar calendarOf(Therapist therapist) {
        Instant now = clock.instant();
        List<Booking> bookings = Booking.find("therapist.id = ?1 and startAt >= ?2 order by startAt",
                therapist.id, now.minus(RECENT)).page(0, MAX_EVENTS).list();
        List<CallFacts> calls = bookings.stream().map(b -> calendars.facts(b, null)).toList();
        Calendar feed = calendars.factory().feed(config.practiceName() + ": " + therapist.name, calls, therapist.zone(),
                now);
        CalendarValidation.requireValid(feed);
        return feed;
    }
}
