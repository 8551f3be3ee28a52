package app.hearth.availability;

import app.hearth.therapist.BookingPolicy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a therapist's schedule, existing bookings and policy into free slots. Pure: no clock, no database.
 *
 * <p>Hours are read in the therapist's zone, then walked in instants, so a daylight-saving change can
 * neither produce a slot inside the skipped hour nor offer the repeated hour twice.
 */
public final class SlotEngine {

    private SlotEngine() {
    }

    /** Free slots whose start lies in [from, to), earliest first. */
    public static List<Slot> freeSlots(Schedule schedule, List<BusyTime> bookings, Instant now, Instant from, Instant to) {
        ZoneId zone = schedule.zone();
        BookingPolicy policy = schedule.policy();
        Duration length = schedule.callLength();
        Instant earliest = max(from, now.plus(Duration.ofHours(policy.minimumNoticeHours())));
        Instant latest = min(to, now.plus(Duration.ofDays(policy.horizonDays())));
        if (!earliest.isBefore(latest)) {
            return List.of();
        }
        Busy busy = new Busy(bookings, zone, Duration.ofMinutes(policy.bufferBeforeMinutes()),
                Duration.ofMinutes(policy.bufferAfterMinutes()));
        Map<LocalDate, List<DayOverride>> overridesByDate = new HashMap<>();
        for (DayOverride override : schedule.overrides()) {
            overridesByDate.computeIfAbsent(override.date(), d -> new ArrayList<>()).add(override);
        }

        List<Slot> slots = new ArrayList<>();
        LocalDate lastDay = latest.atZone(zone).toLocalDate();
        for (LocalDate day = earliest.atZone(zone).toLocalDate(); !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (busy.bookedOn(day) >= policy.maxPerDay()) {
                continue;
            }
            for (LocalTime[] span : hoursOn(day, schedule.weekly(), overridesByDate.get(day))) {
                Instant spanEnd = day.atTime(span[1]).atZone(zone).toInstant();
                for (Instant start = day.atTime(span[0]).atZone(zone).toInstant();
                     !start.plus(length).isAfter(spanEnd); start = start.plus(length)) {
                    if (start.isBefore(earliest) || !start.isBefore(latest)) {
                        continue;
                    }
                    Instant end = start.plus(length);
                    if (!busy.conflicts(start, end)) {
                        slots.add(new Slot(start, end));
                    }
                }
            }
        }
        return slots;
    }

    /**
     * "Any available": the union of several therapists' slots, one entry per start, each listing who is
     * free then in the order the map gives.
     */
    public static <T> List<SharedSlot<T>> merge(Map<T, List<Slot>> slotsByTherapist) {
        java.util.TreeMap<Instant, SharedSlot<T>> byStart = new java.util.TreeMap<>();
        slotsByTherapist.forEach((therapist, slots) -> {
            for (Slot slot : slots) {
                byStart.computeIfAbsent(slot.start(), s -> new SharedSlot<>(slot, new ArrayList<>())).free().add(therapist);
            }
        });
        return List.copyOf(byStart.values());
    }

    /** One start time and everyone free at it. */
    public record SharedSlot<T>(Slot slot, List<T> free) {
    }

    /** Why a requested start can or cannot be booked: the check a booking repeats under its lock. */
    public enum Verdict {
        FREE, PAST, TOO_SOON, TOO_FAR, OUTSIDE_HOURS, DAY_FULL, TAKEN
    }

    public static Verdict verdict(Schedule schedule, List<BusyTime> bookings, Instant now, Instant start) {
        BookingPolicy policy = schedule.policy();
        if (!start.isAfter(now)) {
            return Verdict.PAST;
        }
        if (start.isBefore(now.plus(Duration.ofHours(policy.minimumNoticeHours())))) {
            return Verdict.TOO_SOON;
        }
        if (!start.isBefore(now.plus(Duration.ofDays(policy.horizonDays())))) {
            return Verdict.TOO_FAR;
        }
        Instant justAfter = start.plusSeconds(1);
        Schedule unlimited = new Schedule(schedule.zone(), schedule.weekly(), schedule.overrides(),
                new BookingPolicy(policy.bufferBeforeMinutes(), policy.bufferAfterMinutes(),
                        policy.minimumNoticeHours(), policy.horizonDays(), Integer.MAX_VALUE),
                schedule.callLength());
        if (freeSlots(unlimited, List.of(), now, start, justAfter).isEmpty()) {
            return Verdict.OUTSIDE_HOURS;
        }
        if (freeSlots(unlimited, bookings, now, start, justAfter).isEmpty()) {
            return Verdict.TAKEN;
        }
        return freeSlots(schedule, bookings, now, start, justAfter).isEmpty() ? Verdict.DAY_FULL : Verdict.FREE;
    }

    /** One quarter-hour of a day and whether a client is offered it, or why not. */
    public record Quarter(Instant start, LocalTime local, ClosedReason reason) {
    }

    /**
     * Every quarter-hour of the day's usual or replacement hours, each FREE exactly when {@link #freeSlots} offers it
     * (so a preview cannot disagree with the public answer) and otherwise with the first reason that closes it.
     */
    public static List<Quarter> explain(Schedule schedule, List<BusyTime> bookings, Instant now, LocalDate day) {
        ZoneId zone = schedule.zone();
        BookingPolicy policy = schedule.policy();
        List<DayOverride> overrides = schedule.overrides().stream().filter(o -> o.date().equals(day)).toList();
        List<LocalTime[]> usual = hoursOn(day, schedule.weekly(), null);
        List<LocalTime[]> candidates = new ArrayList<>(usual);
        overrides.stream().filter(o -> o.kind() == OverrideKind.AVAILABLE).forEach(o -> candidates.add(new LocalTime[] {o.start(), o.end()}));
        List<LocalTime[]> open = hoursOn(day, schedule.weekly(), overrides.isEmpty() ? null : overrides);
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        java.util.Set<Instant> free = new java.util.HashSet<>();
        freeSlots(schedule, bookings, now, dayStart, day.plusDays(1).atStartOfDay(zone).toInstant())
                .forEach(slot -> free.add(slot.start()));
        // calls and the therapist's own calendar events close a time for different reasons the preview names apart
        Busy booked = new Busy(bookings.stream().filter(BusyTime::call).toList(), zone, Duration.ZERO, Duration.ZERO);
        Busy calendar = new Busy(bookings.stream().filter(b -> !b.call()).toList(), zone, Duration.ZERO, Duration.ZERO);
        Busy buffered = new Busy(bookings, zone, Duration.ofMinutes(policy.bufferBeforeMinutes()),
                Duration.ofMinutes(policy.bufferAfterMinutes()));
        java.util.TreeMap<Instant, Quarter> quarters = new java.util.TreeMap<>();
        for (LocalTime[] span : merge(candidates)) {
            for (LocalTime t = span[0]; t.isBefore(span[1]) && !t.isBefore(span[0]); t = t.plusMinutes(15)) {
                Instant start = day.atTime(t).atZone(zone).toInstant();
                LocalTime local = t;
                Instant end = start.plus(schedule.callLength());
                ClosedReason reason;
                if (free.contains(start)) {
                    reason = ClosedReason.FREE;
                } else if (open.stream().noneMatch(o -> !local.isBefore(o[0]) && !local.plus(schedule.callLength()).isAfter(o[1])
                        && local.plus(schedule.callLength()).isAfter(local))) {
                    reason = usual.stream().anyMatch(u -> !local.isBefore(u[0]) && local.isBefore(u[1]))
                            && overrides.stream().anyMatch(o -> o.kind() == OverrideKind.UNAVAILABLE)
                            ? ClosedReason.TIME_OFF : ClosedReason.OUTSIDE_HOURS;
                } else if (start.isBefore(now.plus(Duration.ofHours(policy.minimumNoticeHours())))) {
                    reason = ClosedReason.MINIMUM_NOTICE;
                } else if (!start.isBefore(now.plus(Duration.ofDays(policy.horizonDays())))) {
                    reason = ClosedReason.BEYOND_HORIZON;
                } else if (booked.conflicts(start, end)) {
                    reason = ClosedReason.BOOKED;
                } else if (calendar.conflicts(start, end)) {
                    reason = ClosedReason.CALENDAR_BUSY;
                } else if (buffered.conflicts(start, end)) {
                    reason = ClosedReason.BUFFER;
                } else if (buffered.bookedOn(day) >= policy.maxPerDay()) {
                    reason = ClosedReason.DAY_FULL;
                } else {
                    reason = ClosedReason.OUTSIDE_HOURS;
                }
                quarters.putIfAbsent(start, new Quarter(start, local, reason));
            }
        }
        return List.copyOf(quarters.values());
    }

    /**
     * The day's working spans in local time, sorted and merged: AVAILABLE overrides replace the weekly
     * hours, then UNAVAILABLE overrides cut out their span (or the whole day).
     */
    static List<LocalTime[]> hoursOn(LocalDate day, List<WeeklyHours> weekly, List<DayOverride> overrides) {
        List<LocalTime[]> spans = new ArrayList<>();
        boolean replaced = overrides != null && overrides.stream().anyMatch(o -> o.kind() == OverrideKind.AVAILABLE);
        if (replaced) {
            overrides.stream().filter(o -> o.kind() == OverrideKind.AVAILABLE)
                    .forEach(o -> spans.add(new LocalTime[] {o.start(), o.end()}));
        } else {
            weekly.stream().filter(w -> w.day() == day.getDayOfWeek())
                    .forEach(w -> spans.add(new LocalTime[] {w.start(), w.end()}));
        }
        List<LocalTime[]> merged = merge(spans);
        if (overrides != null) {
            for (DayOverride off : overrides) {
                if (off.kind() == OverrideKind.UNAVAILABLE) {
                    merged = off.wholeDay() ? List.of() : subtract(merged, off.start(), off.end());
                }
            }
        }
        return merged;
    }

    private static List<LocalTime[]> merge(List<LocalTime[]> spans) {
        spans.sort(Comparator.comparing(s -> s[0]));
        List<LocalTime[]> merged = new ArrayList<>();
        for (LocalTime[] span : spans) {
            LocalTime[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !span[0].isAfter(last[1])) {
                last[1] = span[1].isAfter(last[1]) ? span[1] : last[1];
            } else {
                merged.add(new LocalTime[] {span[0], span[1]});
            }
        }
        return merged;
    }

    private static List<LocalTime[]> subtract(List<LocalTime[]> spans, LocalTime cutStart, LocalTime cutEnd) {
        List<LocalTime[]> left = new ArrayList<>();
        for (LocalTime[] span : spans) {
            if (!cutStart.isBefore(span[1]) || !cutEnd.isAfter(span[0])) {
                left.add(span);
                continue;
            }
            if (span[0].isBefore(cutStart)) {
                left.add(new LocalTime[] {span[0], cutStart});
            }
            if (cutEnd.isBefore(span[1])) {
                left.add(new LocalTime[] {cutEnd, span[1]});
            }
        }
        return left;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Active busy spans (bookings widened by the buffers), sorted, for a binary-search conflict check. A slot conflicts
     * when it overlaps a booking once either side's buffers are added, so both calls keep their quiet time.
     */
    private static final class Busy {
        private final Instant[] blockedStarts;
        private final Instant[] blockedEnds;
        private final Map<LocalDate, Integer> perDay = new HashMap<>();

        Busy(List<BusyTime> bookings, ZoneId zone, Duration before, Duration after) {
            Duration widest = before.compareTo(after) >= 0 ? before : after;
            List<Instant[]> spans = new ArrayList<>();
            for (BusyTime busy : bookings) {
                if (!busy.active()) {
                    continue;
                }
                // buffers are quiet time around calls; a calendar event blocks exactly its own span
                Duration margin = busy.call() ? widest : Duration.ZERO;
                spans.add(new Instant[] {busy.start().minus(margin), busy.end().plus(margin)});
                if (busy.call()) {
                    perDay.merge(busy.start().atZone(zone).toLocalDate(), 1, Integer::sum);
                }
            }
            spans.sort(Comparator.comparing(span -> span[0]));
            blockedStarts = new Instant[spans.size()];
            blockedEnds = new Instant[spans.size()];
            Instant runningEnd = Instant.MIN;
            for (int i = 0; i < spans.size(); i++) {
                blockedStarts[i] = spans.get(i)[0];
                // a running maximum keeps the ends sorted too, so one search finds any overlap
                runningEnd = spans.get(i)[1].isAfter(runningEnd) ? spans.get(i)[1] : runningEnd;
                blockedEnds[i] = runningEnd;
            }
        }

        int bookedOn(LocalDate day) {
            return perDay.getOrDefault(day, 0);
        }

        boolean conflicts(Instant start, Instant end) {
            // the last blocked span starting before the slot ends is the only one that can still reach into it
            int i = Arrays.binarySearch(blockedStarts, end);
            int candidate = i >= 0 ? i - 1 : -i - 2;
            while (candidate >= 0 && blockedStarts[candidate].equals(end)) {
                candidate--;
            }
            return candidate >= 0 && blockedEnds[candidate].isAfter(start);
        }
    }
}
