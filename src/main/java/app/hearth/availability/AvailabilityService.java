package app.hearth.availability;

import app.hearth.booking.Booking;
import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Loads what the slot engine needs for one therapist and asks it; the engine itself stays pure. */
@ApplicationScoped
public class AvailabilityService {

    /** Enough margin that a booking whose buffers or local day touch the window is seen. */
    private static final Duration MARGIN = Duration.ofDays(2);

    public Schedule scheduleOf(Therapist therapist, Instant from, Instant to) {
        LocalDate firstDay = from.minus(MARGIN).atZone(therapist.zone()).toLocalDate();
        LocalDate lastDay = to.plus(MARGIN).atZone(therapist.zone()).toLocalDate();
        List<WeeklyHours> weekly = WeeklyRule.forTherapist(therapist.id).stream().map(WeeklyRule::hours).toList();
        List<DayOverride> overrides = TimeOff.forTherapist(therapist.id, firstDay, lastDay).stream()
                .map(TimeOff::override).toList();
        return new Schedule(therapist.zone(), weekly, overrides, therapist.policy(), Schedule.DISCOVERY_CALL);
    }

    /** Active bookings near the window, optionally leaving one out (the booking being moved). */
    public List<BusyTime> busyTimes(Therapist therapist, Instant from, Instant to, Long exceptBookingId) {
        return Booking.activeBetween(therapist.id, from.minus(MARGIN), to.plus(MARGIN)).stream()
                .filter(b -> !b.id.equals(exceptBookingId))
                .map(b -> BusyTime.active(b.startAt, b.endAt))
                .toList();
    }

    public List<Slot> freeSlots(Therapist therapist, Instant from, Instant to, Instant now) {
        if (!therapist.active || !therapist.acceptingNewClients) {
            return List.of();
        }
        return SlotEngine.freeSlots(scheduleOf(therapist, from, to), busyTimes(therapist, from, to, null), now, from, to);
    }

    public SlotEngine.Verdict verdict(Therapist therapist, Instant start, Instant now, Long exceptBookingId) {
        Instant end = start.plus(Schedule.DISCOVERY_CALL);
        return SlotEngine.verdict(scheduleOf(therapist, start, end),
                busyTimes(therapist, start, end, exceptBookingId), now, start);
    }
}
