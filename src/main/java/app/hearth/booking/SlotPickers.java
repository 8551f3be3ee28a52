package app.hearth.booking;

import app.hearth.availability.AvailabilityService;
import app.hearth.availability.SlotQuery;
import app.hearth.availability.SlotsView;
import app.hearth.availability.SlotsView.OpenSlot;
import app.hearth.booking.SlotPicker.DayOption;
import app.hearth.booking.SlotPicker.Hidden;
import app.hearth.booking.SlotPicker.SlotOption;
import app.hearth.booking.SlotPicker.ZoneChoice;
import app.hearth.booking.SlotPicker.ZoneOption;
import app.hearth.common.HearthConfig;
import app.hearth.common.TimeZoneName;
import app.hearth.therapist.TherapistView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the free slots AvailabilityService computes (the same answer the API gives) into a day and time chooser
 * in the visitor's zone, with every label a person or screen reader needs; reads the zone and dates visitors send.
 */
@ApplicationScoped
class SlotPickers {

    static final int DAYS_SHOWN = 14;
    private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    /** Zones offered in the chooser; the visitor's own zone is added when it is not among them. */
    private static final List<String> COMMON_ZONES = List.of("Pacific/Honolulu", "America/Anchorage",
            "America/Los_Angeles", "America/Vancouver", "America/Edmonton", "America/Denver", "America/Phoenix",
            "America/Winnipeg", "America/Chicago", "America/Mexico_City", "America/Toronto", "America/New_York",
            "America/Halifax", "America/St_Johns", "America/Sao_Paulo", "Atlantic/Reykjavik", "Europe/London",
            "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin", "Europe/Madrid", "Europe/Rome",
            "Europe/Athens", "Europe/Helsinki", "Africa/Johannesburg", "Africa/Lagos", "Africa/Nairobi",
            "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Hong_Kong", "Asia/Tokyo", "Australia/Perth",
            "Australia/Sydney", "Pacific/Auckland", "UTC");

    @Inject
    AvailabilityService availability;
    @Inject
    HearthConfig config;
    @Inject
    Clock clock;

    /** The visitor's zone if it is a real IANA name, else the practice's. */
    ZoneId zone(String requested) {
        return requested != null && TimeZoneName.Validator.isValid(requested) ? ZoneId.of(requested)
                : config.practiceTimezone();
    }

    LocalDate date(String value, LocalDate fallback) {
        try {
            return value == null || value.isBlank() ? fallback : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    LocalDate today(ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /**
     * Builds the chooser for therapist (a slug or "any") over DAYS_SHOWN days from {@code from}.
     * pagePath is where day links and the zone form go; keep are query fields those links carry along.
     */
    SlotPicker picker(String therapist, ZoneId zone, LocalDate from, LocalDate day, String pagePath,
                      List<Hidden> keep, String slotAction, String slotMethod, List<Hidden> hidden) {
        LocalDate today = today(zone);
        LocalDate first = from.isBefore(today) ? today : from;
        LocalDate last = first.plusDays(DAYS_SHOWN - 1);
        SlotsView free = availability.slots(new SlotQuery(therapist, first.toString(), last.toString(), zone.getId()));
        Map<LocalDate, List<OpenSlot>> byDay = free.slots().stream()
                .collect(Collectors.groupingBy(OpenSlot::localDate, LinkedHashMap::new, Collectors.toList()));
        LocalDate chosen = day != null && byDay.containsKey(day) ? day
                : byDay.keySet().stream().findFirst().orElse(null);

        List<DayOption> days = new ArrayList<>();
        DayOption selected = null;
        for (Map.Entry<LocalDate, List<OpenSlot>> entry : byDay.entrySet()) {
            LocalDate date = entry.getKey();
            DayOption option = new DayOption(date.toString(), SHORT_DAY.format(date), FULL_DAY.format(date),
                    entry.getValue().size(), date.equals(chosen),
                    href(pagePath, keep, zone, first, date));
            days.add(option);
            if (option.selected()) {
                selected = option;
            }
        }
        String zoneName = zoneName(zone);
        List<SlotOption> times = chosen == null ? List.of() : byDay.get(chosen).stream().map(slot -> {
            String time = TIME.format(LocalTime.parse(slot.localTime()));
            String who = slot.therapists().stream().map(TherapistView.Ref::name).collect(Collectors.joining(", "));
            return new SlotOption(slot.start().toString(), time,
                    FULL_DAY.format(slot.localDate()) + ", " + time + " " + zoneName, who);
        }).toList();
        String earlier = first.isAfter(today) ? href(pagePath, keep, zone, first.minusDays(DAYS_SHOWN), null) : null;
        String later = href(pagePath, keep, zone, first.plusDays(DAYS_SHOWN), null);
        String range = FULL_DAY.format(first) + " to " + FULL_DAY.format(last);
        return new SlotPicker(pagePath, keep, zoneChoice(zone), days, selected, times, slotAction, slotMethod, hidden,
                earlier, later, range);
    }

    /** "Tuesday 1 December 2026, 2:15 PM Eastern Time". */
    String describe(Instant start, ZoneId zone) {
        var local = start.atZone(zone);
        return FULL_DAY.format(local) + ", " + TIME.format(local) + " " + zoneName(zone);
    }

    static String zoneName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    ZoneChoice zoneChoice(ZoneId zone) {
        List<String> ids = new ArrayList<>(COMMON_ZONES);
        if (!ids.contains(zone.getId())) {
            ids.add(0, zone.getId());
        }
        List<ZoneOption> options = ids.stream()
                .map(id -> new ZoneOption(id, zoneName(ZoneId.of(id)) + " (" + id.replace('_', ' ') + ")",
                        id.equals(zone.getId())))
                .toList();
        return new ZoneChoice(zone.getId(), zoneName(zone), options);
    }

    private static String href(String pagePath, List<Hidden> keep, ZoneId zone, LocalDate from, LocalDate day) {
        List<Hidden> fields = new ArrayList<>(List.of(new Hidden("tz", zone.getId()),
                new Hidden("from", from.toString())));
        if (day != null) {
            fields.add(new Hidden("day", day.toString()));
        }
        fields.addAll(keep);
        return pagePath + Hidden.query(fields);
    }
}
