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
import java.time.LocalTime;
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

    /** A day of a therapist's week as the agenda shades it: open spans (overrides applied) and that day's overrides. */
    public record DayHours(LocalDate date, List<LocalTime[]> open, List<DayOverride> overrides) {
    }

    /** The therapist's open hours and overrides for each day of [first, last], in their own zone. */
    public List<DayHours> hoursBetween(Therapist therapist, LocalDate first, LocalDate last) {
        List<WeeklyHours> weekly = WeeklyHoursRow.forTherapist(therapist.id).stream().map(WeeklyHoursRow::hours).toList();
        List<DayOverride> overrides = TimeOff.forTherapist(therapist.id, first, last).stream().map(TimeOff::override)
                .toList();
        List<DayHours> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate d = day;
            List<DayOverride> onDay = overrides.stream().filter(o -> o.date().equals(d)).toList();
            days.add(new DayHours(day, SlotEngine.hoursOn(day, weekly, onDay.isEmpty() ? null : onDay), onDay));
        }
        return days;
    }

    /**
     * The free starts a booking may move to, from the same engine as the public answer, leaving the booking's own
     * time out of what is busy. Unlike the public list, a therapist not taking new clients still moves their calls.
     */
    public List<Slot> freeForMove(Therapist therapist, Instant from, Instant to, Instant now, Long bookingId) {
        return SlotEngine.freeSlots(scheduleOf(therapist, from, to), busyTimes(therapist, from, to, bookingId), now,
                from, to);
    }

    /** One day of the preview: each quarter-hour of its hours, free or with the reason it is closed. */
    public record DayPreview(LocalDate date, List<SlotEngine.Quarter> quarters) {
    }

    /**
     * The days from {@code first} as a client would see them, explained by the same engine and the same loaded schedule
     * and bookings as {@link #freeSlots}; a therapist not taking new clients still sees why each time would be closed.
     */
    public List<DayPreview> preview(Therapist therapist, LocalDate first, int days, Instant now) {
        ZoneId zone = therapist.zone();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = first.plusDays(days).atStartOfDay(zone).toInstant();
        Schedule schedule = scheduleOf(therapist, from, to);
        List<BusyTime> busy = busyTimes(therapist, from, to, null);
        List<DayPreview> preview = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            preview.add(new DayPreview(day, SlotEngine.explain(schedule, busy, now, day)));
        }
        return preview;
    }
}
