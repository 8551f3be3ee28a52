package app.hearth.calendarsync;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Turns a calendar into the intervals its owner is busy, expanding recurrence here rather than trusting a server to:
 * RRULE, RDATE and EXDATE, RECURRENCE-ID overrides (moved or cancelled instances), all-day events as whole days in
 * the therapist's zone, DURATION, TZIDs with or without VTIMEZONE, floating times in the therapist's zone. Free
 * (TRANSPARENT) and cancelled events are not busy. Only start and end leave this class: never a title or attendee.
 * Pure: no clock, no database, no network.
 */
final class BusyExpander {

    /** A busy span, [start, end). */
    record Interval(Instant start, Instant end) implements Comparable<Interval> {
        @Override
        public int compareTo(Interval other) {
            int byStart = start.compareTo(other.start);
            return byStart != 0 ? byStart : end.compareTo(other.end);
        }
    }

    /**
     * What to read and how.
     *
     * @param zone              the therapist's zone, for all-day events and floating times
     * @param from              intervals ending after this are kept
     * @param to                intervals starting before this are kept
     * @param maxInstances      the most instances one recurring event may contribute in the window
     * @param transparentIsBusy whether events marked free (TRANSP:TRANSPARENT) still block time
     * @param ownUid            UIDs of Hearth's own bookings, which availability already knows
     */
    record Options(ZoneId zone, Instant from, Instant to, int maxInstances, boolean transparentIsBusy,
                   Predicate<String> ownUid) {
    }

    private BusyExpander() {
    }

    static Calendar parse(Reader ics) throws IOException, ParserException {
        // invalid properties are dropped rather than failing the whole calendar; zones are read by IcsTime
        return new CalendarBuilder(CalendarParserFactory.getInstance().get(),
                new ContentHandlerContext().withSuppressInvalidProperties(true),
                TimeZoneRegistryFactory.getInstance().createRegistry()).build(ics);
    }

    static List<Interval> busy(Reader ics, Options options) throws IOException, ParserException {
        return busy(parse(ics), options);
    }

    static List<Interval> busy(Calendar calendar, Options options) {
        Map<String, Component> masters = new HashMap<>();
        Map<String, List<Component>> overrides = new HashMap<>();
        List<Component> loose = new ArrayList<>();
        for (Component event : calendar.<net.fortuna.ical4j.model.component.CalendarComponent>getComponents()) {
            if (!Component.VEVENT.equals(event.getName())) {
                continue;
            }
            Optional<String> uid = text(event, Property.UID);
            if (uid.isPresent() && options.ownUid().test(uid.get())) {
                continue;
            }
            if (uid.isEmpty()) {
                loose.add(event);
            } else if (event.getProperty(Property.RECURRENCE_ID).isPresent()) {
                overrides.computeIfAbsent(uid.get(), u -> new ArrayList<>()).add(event);
            } else {
                masters.put(uid.get(), event);
            }
        }
        TreeSet<Interval> busy = new TreeSet<>();
        for (Component event : loose) {
            series(event, Set.of(), options, busy);
        }
        masters.forEach((uid, master) -> {
            Set<Instant> replaced = new HashSet<>();
            for (Component override : overrides.getOrDefault(uid, List.of())) {
                replaced.add(IcsTime.of(override.getProperty(Property.RECURRENCE_ID).get(), options.zone()).instant());
            }
            series(master, replaced, options, busy);
        });
        // an override is its own single instance: moved (a new DTSTART) or cancelled (STATUS:CANCELLED)
        overrides.forEach((uid, list) -> list.forEach(override -> single(override, options, busy)));
        return List.copyOf(busy);
    }

    private static void single(Component event, Options options, Set<Interval> into) {
        if (!blocks(event, options) || event.getProperty(Property.DTSTART).isEmpty()) {
            return;
        }
        IcsTime start = IcsTime.of(event.getProperty(Property.DTSTART).get(), options.zone());
        add(start.instant(), length(event, start).endOf(start), options, into);
    }

    private static void series(Component event, Set<Instant> replaced, Options options, Set<Interval> into) {
        if (!blocks(event, options) || event.getProperty(Property.DTSTART).isEmpty()) {
            return;
        }
        IcsTime start = IcsTime.of(event.getProperty(Property.DTSTART).get(), options.zone());
        IcsTime.Length length = length(event, start);
        TreeSet<LocalDateTime> starts = new TreeSet<>();
        starts.add(start.local());
        Optional<Property> rule = event.getProperty(Property.RRULE);
        if (rule.isPresent()) {
            starts.addAll(expand(rule.get().getValue(), start, length, options));
        }
        for (Property rdate : event.<Property>getProperties(Property.RDATE)) {
            for (IcsTime extra : IcsTime.all(rdate, options.zone())) {
                starts.add(extra.instant().atZone(start.zone()).toLocalDateTime());
            }
        }
        Set<Instant> excluded = new HashSet<>(replaced);
        for (Property exdate : event.<Property>getProperties(Property.EXDATE)) {
            IcsTime.all(exdate, options.zone()).forEach(t -> excluded.add(t.instant()));
        }
        int kept = 0;
        for (LocalDateTime local : starts) {
            IcsTime instance = start.at(local);
            Instant begin = instance.instant();
            if (excluded.contains(begin)) {
                continue;
            }
            if (add(begin, length.endOf(instance), options, into) && ++kept >= options.maxInstances()) {
                return;
            }
        }
    }

    /** The rule's starts near the window, as wall-clock times in the event's own zone (so 09:00 stays 09:00 across DST). */
    private static List<LocalDateTime> expand(String rrule, IcsTime start, IcsTime.Length length, Options options) {
        String upper = rrule.toUpperCase(Locale.ROOT);
        if (upper.contains("FREQ=SECONDLY") || upper.contains("FREQ=MINUTELY")) {
            return List.of(); // no one's week is busy every minute; such rules only cost time
        }
        Recur<LocalDateTime> recur = new Recur<>(localUntil(rrule, start));
        LocalDateTime windowStart = options.from().atZone(start.zone()).toLocalDateTime()
                .minusDays(length.days() + 1L).minus(length.exact());
        LocalDateTime windowEnd = options.to().atZone(start.zone()).toLocalDateTime().plusDays(1);
        return recur.getDates(start.local(), windowStart, windowEnd, options.maxInstances() + 1);
    }

    /** UNTIL rewritten as a wall-clock time in the event's zone, the form iCal4j compares with local starts. */
    private static String localUntil(String rrule, IcsTime start) {
        List<String> parts = new ArrayList<>();
        for (String part : rrule.split(";")) {
            if (part.toUpperCase(Locale.ROOT).startsWith("UNTIL=")) {
                IcsTime until = IcsTime.parse(part.substring(6).strip(), null, start.zone());
                LocalDateTime local = until.allDay() ? until.local().toLocalDate().atTime(23, 59, 59)
                        : until.instant().atZone(start.zone()).toLocalDateTime();
                part = "UNTIL=" + local.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
            }
            parts.add(part);
        }
        return String.join(";", parts);
    }

    private static IcsTime.Length length(Component event, IcsTime start) {
        Optional<Property> end = event.getProperty(Property.DTEND);
        if (end.isPresent()) {
            IcsTime stop = IcsTime.of(end.get(), start.zone());
            if (start.allDay()) {
                return new IcsTime.Length((int) java.time.temporal.ChronoUnit.DAYS.between(start.local().toLocalDate(),
                        stop.local().toLocalDate()), java.time.Duration.ZERO);
            }
            return new IcsTime.Length(0, java.time.Duration.between(start.instant(), stop.instant()));
        }
        Optional<Property> duration = event.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            return IcsTime.duration(duration.get().getValue());
        }
        // RFC 5545: a date-only start with neither lasts the day; a date-time start takes no time
        return new IcsTime.Length(start.allDay() ? 1 : 0, java.time.Duration.ZERO);
    }

    private static boolean blocks(Component event, Options options) {
        if (text(event, Property.STATUS).filter("CANCELLED"::equalsIgnoreCase).isPresent()) {
            return false;
        }
        return options.transparentIsBusy()
                || text(event, Property.TRANSP).filter("TRANSPARENT"::equalsIgnoreCase).isEmpty();
    }

    private static boolean add(Instant start, Instant end, Options options, Set<Interval> into) {
        if (!end.isAfter(start) || !end.isAfter(options.from()) || !start.isBefore(options.to())) {
            return false;
        }
        into.add(new Interval(start, end));
        return true;
    }

    private static Optional<String> text(Component event, String name) {
        return event.getProperty(name).map(p -> ((Property) p).getValue().strip());
    }
}
