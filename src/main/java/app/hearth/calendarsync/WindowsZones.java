package app.hearth.calendarsync;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the zone names calendars put in TZID: IANA names, the Windows names Outlook and Exchange write ("W. Europe
 * Standard Time"), and prefixed names such as "/mozilla.org/20050126_1/America/New_York". A name none of these
 * explains is left to the caller, which reads the time in the therapist's zone.
 */
final class WindowsZones {

    /** The Windows names seen in published Outlook and Exchange calendars, from CLDR's windowsZones table. */
    private static final Map<String, String> WINDOWS = Map.ofEntries(
            Map.entry("Dateline Standard Time", "Etc/GMT+12"),
            Map.entry("Hawaiian Standard Time", "Pacific/Honolulu"),
            Map.entry("Alaskan Standard Time", "America/Anchorage"),
            Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("US Mountain Standard Time", "America/Phoenix"),
            Map.entry("Mountain Standard Time", "America/Denver"),
            Map.entry("Central Standard Time", "America/Chicago"),
            Map.entry("Central Standard Time (Mexico)", "America/Mexico_City"),
            Map.entry("Canada Central Standard Time", "America/Regina"),
            Map.entry("SA Pacific Standard Time", "America/Bogota"),
            Map.entry("Eastern Standard Time", "America/New_York"),
            Map.entry("US Eastern Standard Time", "America/Indianapolis"),
            Map.entry("Atlantic Standard Time", "America/Halifax"),
            Map.entry("Newfoundland Standard Time", "America/St_Johns"),
            Map.entry("E. South America Standard Time", "America/Sao_Paulo"),
            Map.entry("Argentina Standard Time", "America/Buenos_Aires"),
            Map.entry("UTC", "UTC"),
            Map.entry("GMT Standard Time", "Europe/London"),
            Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
            Map.entry("W. Europe Standard Time", "Europe/Berlin"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"),
            Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("Central European Standard Time", "Europe/Warsaw"),
            Map.entry("W. Central Africa Standard Time", "Africa/Lagos"),
            Map.entry("GTB Standard Time", "Europe/Bucharest"),
            Map.entry("E. Europe Standard Time", "Europe/Chisinau"),
            Map.entry("FLE Standard Time", "Europe/Kiev"),
            Map.entry("Israel Standard Time", "Asia/Jerusalem"),
            Map.entry("South Africa Standard Time", "Africa/Johannesburg"),
            Map.entry("Russian Standard Time", "Europe/Moscow"),
            Map.entry("Turkey Standard Time", "Europe/Istanbul"),
            Map.entry("Arabian Standard Time", "Asia/Dubai"),
            Map.entry("India Standard Time", "Asia/Calcutta"),
            Map.entry("SE Asia Standard Time", "Asia/Bangkok"),
            Map.entry("China Standard Time", "Asia/Shanghai"),
            Map.entry("Singapore Standard Time", "Asia/Singapore"),
            Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
            Map.entry("Korea Standard Time", "Asia/Seoul"),
            Map.entry("W. Australia Standard Time", "Australia/Perth"),
            Map.entry("Cen. Australia Standard Time", "Australia/Adelaide"),
            Map.entry("E. Australia Standard Time", "Australia/Brisbane"),
            Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
            Map.entry("New Zealand Standard Time", "Pacific/Auckland"));

    private WindowsZones() {
    }

    static Optional<ZoneId> resolve(String tzid) {
        String name = tzid.strip();
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        String windows = WINDOWS.get(name);
        if (windows != null) {
            return Optional.of(ZoneId.of(windows));
        }
        // a prefixed name ends in an IANA name: try the shortest tails that parse, e.g. "America/New_York"
        String[] parts = name.split("/");
        for (int from = Math.max(0, parts.length - 3); from < parts.length; from++) {
            Optional<ZoneId> zone = iana(String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length)));
            if (zone.isPresent()) {
                return zone;
            }
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> iana(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
