package app.hearth.availability;

import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.Problem.FieldError;
import app.hearth.therapist.BookingPolicy;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A therapist's own hours, time off and booking policy. Every change takes the same row lock as a booking,
 * so the next slot list and the next booking see it at once, and reports the upcoming bookings the new
 * hours leave uncovered instead of cancelling them.
 */
@ApplicationScoped
public class ScheduleService {

    private static final Logger LOG = Logger.getLogger(ScheduleService.class);
    /** Overrides further ahead than this are almost certainly typos. */
    private static final int MAX_YEARS_AHEAD = 2;

    @Inject
    Event<AvailabilityChanged> changed;
    @Inject
    Clock clock;
    @Inject
    AvailabilityService availability;
    @Inject
    BookedTimes booked;

    public WeeklyHoursInZone schedule(Therapist therapist) {
        return new WeeklyHoursInZone(therapist.timezone, rules(therapist.id));
    }

    public WeeklyHoursChange replaceSchedule(Long therapistId, WeeklyHoursInZone requested) {
        List<FieldError> mistakes = WeeklyHoursInZone.mistakes(requested.rules());
        if (!mistakes.isEmpty()) {
            throw new InvalidInputException(mistakes);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            changed.fire(new AvailabilityChanged(therapistId));
            Therapist therapist = Therapist.lockForBooking(therapistId);
            WeeklyHoursRow.delete("therapistId", therapistId);
            for (WeeklyHours rule : requested.rules()) {
                WeeklyHoursRow.of(therapistId, rule.day(), rule.start(), rule.end()).persist();
            }
            therapist.timezone = requested.timezone();
            therapist.updatedAt = clock.instant();
            WeeklyHoursRow.flush();
            List<BookingConflict> conflicts = conflicts(therapist);
            LOG.infof("therapist %d changed weekly hours (%d upcoming bookings outside them)", therapistId,
                    conflicts.size());
            return new WeeklyHoursChange(therapist.timezone, rules(therapistId), conflicts);
        });
    }

    public List<TimeOffView> timeOff(Therapist therapist, LocalDate from, LocalDate to) {
        return TimeOff.forTherapist(therapist.id, from, to).stream().map(off -> TimeOffView.of(off, null)).toList();
    }

    public TimeOffView addTimeOff(Long therapistId, TimeOffRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            changed.fire(new AvailabilityChanged(therapistId));
            Therapist therapist = Therapist.lockForBooking(therapistId);
            check(request, LocalDate.now(clock.withZone(therapist.zone())));
            TimeOff off = new TimeOff();
            off.therapistId = therapistId;
            off.date = request.date();
            off.kind = request.kind();
            off.start = request.start();
            off.end = request.end();
            off.createdAt = clock.instant();
            off.persistAndFlush();
            List<BookingConflict> conflicts = conflicts(therapist);
            LOG.infof("therapist %d added date override %d", therapistId, off.id);
            return TimeOffView.of(off, conflicts);
        });
    }

    /** Removes an override; taking back extra hours can leave bookings outside, so conflicts come back too. */
    public List<BookingConflict> removeTimeOff(Long therapistId, Long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            changed.fire(new AvailabilityChanged(therapistId));
            Therapist therapist = Therapist.lockForBooking(therapistId);
            TimeOff off = TimeOff.findById(id);
            if (off == null || !off.therapistId.equals(therapistId)) {
                throw new NotFoundException("You have no time off with that id.");
            }
            off.delete();
            TimeOff.flush();
            LOG.infof("therapist %d removed date override %d", therapistId, id);
            return conflicts(therapist);
        });
    }

    public BookingPolicy setPolicy(Long therapistId, BookingPolicy policy) {
        return QuarkusTransaction.requiringNew().call(() -> {
            changed.fire(new AvailabilityChanged(therapistId));
            Therapist therapist = Therapist.lockForBooking(therapistId);
            therapist.applyPolicy(policy);
            therapist.updatedAt = clock.instant();
            LOG.infof("therapist %d changed booking policy", therapistId);
            return therapist.policy();
        });
    }

    /** Upcoming confirmed bookings that the therapist's hours, as stored now, do not cover. */
    List<BookingConflict> conflicts(Therapist therapist) {
        Instant now = clock.instant();
        List<BookedTimes.Call> upcoming = booked.confirmedAfter(therapist.id, now);
        if (upcoming.isEmpty()) {
            return List.of();
        }
        Schedule schedule = availability.scheduleOf(therapist, now, upcoming.get(upcoming.size() - 1).end());
        List<BookingConflict> conflicts = new ArrayList<>();
        for (BookedTimes.Call call : upcoming) {
            if (!schedule.covers(call.start(), call.end())) {
                conflicts.add(new BookingConflict(call.reference(), call.start(), call.end()));
            }
        }
        return conflicts;
    }

    private static List<WeeklyHours> rules(Long therapistId) {
        return WeeklyHoursRow.forTherapist(therapistId).stream()
                .map(WeeklyHoursRow::hours)
                .sorted(Comparator.comparing(WeeklyHours::day).thenComparing(WeeklyHours::start))
                .toList();
    }

    /** The rules the database also enforces, answered as field errors instead of a constraint failure. */
    private static void check(TimeOffRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (request.date().isBefore(today)) {
            errors.add(new FieldError("date", "must be today or later"));
        } else if (request.date().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            errors.add(new FieldError("date", "must be within " + MAX_YEARS_AHEAD + " years"));
        }
        boolean hasStart = request.start() != null;
        boolean hasEnd = request.end() != null;
        if (request.kind() == OverrideKind.AVAILABLE && !hasStart) {
            errors.add(new FieldError("start", "is required for AVAILABLE hours"));
        }
        if (hasStart != hasEnd) {
            errors.add(new FieldError(hasStart ? "end" : "start", "must be given together with "
                    + (hasStart ? "start" : "end")));
        } else if (hasStart && !request.start().isBefore(request.end())) {
            errors.add(new FieldError("end", "must be later than start"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
