package app.hearth.availability;

import app.hearth.availability.SlotsView.OpenSlot;
import app.hearth.common.DateWindow;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.Problem.FieldError;
import app.hearth.common.TimeZoneName;
import app.hearth.therapist.Therapist;
import app.hearth.therapist.TherapistView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads what the slot engine needs and asks it, for one therapist or a free-slot question; the engine stays pure. */
@ApplicationScoped
public class AvailabilityService {

    /** Enough margin that a booking whose buffers or local day touch the window is seen. */
    private static final Duration MARGIN = Duration.ofDays(2);
    /** The longest window one question may span, in days. */
    static final int MAX_DAYS = 62;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    HearthConfig config;
    @Inject
    Clock clock;
    @Inject
    BookedTimes booked;
    @Inject
    Instance<ExternalBusyTimes> elsewhere;

    /**
     * The free slots for a question, computed afresh: for one therapist, or merged over everyone bookable.
     * Throws NotFoundException for an unlisted therapist and InvalidInputException naming each bad field.
     */
    public SlotsView slots(SlotQuery query) {
        List<FieldError> errors = new ArrayList<>();
        Therapist one = query.isAny() ? null : Therapist.findListed(query.therapist())
                .orElseThrow(() -> new NotFoundException("No therapist with that name is listed."));
        ZoneId zone = one == null ? config.practiceTimezone() : one.zone();
        String timezone = query.timezone();
        if (timezone != null && !timezone.isBlank()) {
            if (TimeZoneName.Validator.isValid(timezone)) {
                zone = ZoneId.of(timezone);
            } else {
                errors.add(new FieldError("timezone", "must be an IANA time zone such as America/Toronto"));
            }
        }
        Instant now = clock.instant();
        DateWindow window = DateWindow.parse(query.from(), query.to(), now.atZone(zone).toLocalDate(), 13, MAX_DAYS,
                errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        Instant windowStart = window.startIn(zone);
        Instant windowEnd = window.endIn(zone);
        Map<TherapistView.Ref, List<Slot>> byTherapist = new LinkedHashMap<>();
        for (Therapist t : one == null ? Therapist.bookable() : List.of(one)) {
            byTherapist.put(TherapistView.Ref.of(t), freeSlots(t, windowStart, windowEnd, now));
        }
        ZoneId shownIn = zone;
        List<OpenSlot> slots = SlotEngine.merge(byTherapist).stream().map(shared -> {
            ZonedDateTime local = shared.slot().start().atZone(shownIn);
            return new OpenSlot(shared.slot().start(), shared.slot().end(), local.toLocalDate(),
                    local.format(HH_MM), shared.free());
        }).toList();
        return new SlotsView(zone.getId(), (int) Schedule.DISCOVERY_CALL.toMinutes(), slots);
    }

    Schedule scheduleOf(Therapist therapist, Instant from, Instant to) {
        LocalDate firstDay = from.minus(MARGIN).atZone(therapist.zone()).toLocalDate();
        LocalDate lastDay = to.plus(MARGIN).atZone(therapist.zone()).toLocalDate();
        List<WeeklyHours> weekly = WeeklyHoursRow.forTherapist(therapist.id).stream().map(WeeklyHoursRow::hours).toList();
        List<DayOverride> overrides = TimeOff.forTherapist(therapist.id, firstDay, lastDay).stream()
                .map(TimeOff::override).toList();
        return new Schedule(therapist.zone(), weekly, overrides, therapist.policy(), Schedule.DISCOVERY_CALL);
    }

    /** Active bookings near the window, optionally leaving one out (the booking being moved), and busy time elsewhere. */
    List<BusyTime> busyTimes(Therapist therapist, Instant from, Instant to, Long exceptBookingId) {
        List<BusyTime> busy = new ArrayList<>();
        booked.confirmedBetween(therapist.id, from.minus(MARGIN), to.plus(MARGIN)).stream()
                .filter(call -> !call.bookingId().equals(exceptBookingId))
                .forEach(call -> busy.add(BusyTime.active(call.start(), call.end())));
        for (ExternalBusyTimes source : elsewhere) {
            busy.addAll(source.busyBetween(therapist.id, from.minus(MARGIN), to.plus(MARGIN)));
        }
        return busy;
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
