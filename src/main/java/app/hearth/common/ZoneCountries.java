package app.hearth.common;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The country a time zone belongs to, for the countries Hearth ships help lines for (Canada, the US, the UK).
 * Java's zone data names no countries; these are the zones the IANA time zone database's zone.tab assigns to
 * CA, US and GB (tzdata 2025b), plus the old link names (Canada/*, US/*, GB) that still resolve to them.
 */
public final class ZoneCountries {

    private static final Map<String, Set<String>> ZONES = Map.of(
            "CA", Set.of("America/Atikokan", "America/Blanc-Sablon", "America/Cambridge_Bay", "America/Creston",
                    "America/Dawson", "America/Dawson_Creek", "America/Edmonton", "America/Fort_Nelson",
                    "America/Glace_Bay", "America/Goose_Bay", "America/Halifax", "America/Inuvik", "America/Iqaluit",
                    "America/Moncton", "America/Rankin_Inlet", "America/Regina", "America/Resolute",
                    "America/St_Johns", "America/Swift_Current", "America/Toronto", "America/Vancouver",
                    "America/Whitehorse", "America/Winnipeg", "America/Montreal", "America/Nipigon",
                    "America/Thunder_Bay", "America/Rainy_River", "America/Pangnirtung", "America/Yellowknife"),
            "US", Set.of("America/Adak", "America/Anchorage", "America/Boise", "America/Chicago", "America/Denver",
                    "America/Detroit", "America/Indiana/Indianapolis", "America/Indiana/Knox",
                    "America/Indiana/Marengo", "America/Indiana/Petersburg", "America/Indiana/Tell_City",
                    "America/Indiana/Vevay", "America/Indiana/Vincennes", "America/Indiana/Winamac",
                    "America/Juneau", "America/Kentucky/Louisville", "America/Kentucky/Monticello",
                    "America/Los_Angeles", "America/Menominee", "America/Metlakatla", "America/New_York",
                    "America/Nome", "America/North_Dakota/Beulah", "America/North_Dakota/Center",
                    "America/North_Dakota/New_Salem", "America/Phoenix", "America/Sitka", "America/Yakutat",
                    "Pacific/Honolulu", "America/Indianapolis", "America/Louisville"),
            "GB", Set.of("Europe/London", "Europe/Belfast", "GB", "GB-Eire"));

    private static final Map<String, String> LINK_PREFIXES = Map.of("Canada/", "CA", "US/", "US");

    private ZoneCountries() {
    }

    /** The ISO 3166 code (CA, US or GB) of the zone's country, or empty when it is another country's. */
    public static Optional<String> country(ZoneId zone) {
        if (zone == null) {
            return Optional.empty();
        }
        String id = zone.getId();
        for (Map.Entry<String, Set<String>> entry : ZONES.entrySet()) {
            if (entry.getValue().contains(id)) {
                return Optional.of(entry.getKey());
            }
        }
        return LINK_PREFIXES.entrySet().stream().filter(e -> id.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }

    /** The zone's country, else the fallback zone's, else empty. */
    public static Optional<String> country(ZoneId zone, ZoneId fallback) {
        return country(zone).or(() -> country(fallback));
    }
}
