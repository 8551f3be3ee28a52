package app.hearth.crisis;

import app.hearth.common.ZoneCountries;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Crisis lines by country, for the urgent-intake page and the site's footer. The country is the one of the zone the
 * client chose; when that names none of ours, the practice's zone decides; when neither does, Canada's (the
 * practice's home market) is shown. Each list comes from the official source cited beside it; check them yearly.
 */
public final class CrisisLines {

    /**
     * Canada: 9-8-8 Suicide Crisis Helpline, funded by the Public Health Agency of Canada and run by CAMH
     * (https://988.ca and https://www.canada.ca/en/public-health/services/mental-health-services/mental-health-get-help.html);
     * emergency number 911.
     */
    static final List<CrisisLine> CANADA = List.of(
            new CrisisLine("9-8-8 Suicide Crisis Helpline", "Call or text 9-8-8", "any time, day or night"),
            new CrisisLine("Emergency services", "Call 911 or go to your nearest emergency department",
                    "if you are in immediate danger"));

    /**
     * United States: 988 Suicide & Crisis Lifeline, administered by SAMHSA (https://www.samhsa.gov/find-help/988
     * and https://988lifeline.org); emergency number 911.
     */
    static final List<CrisisLine> UNITED_STATES = List.of(
            new CrisisLine("988 Suicide & Crisis Lifeline", "Call or text 988, or chat at 988lifeline.org",
                    "any time, day or night"),
            new CrisisLine("Emergency services", "Call 911 or go to your nearest emergency room",
                    "if you are in immediate danger"));

    /**
     * United Kingdom: the NHS page "Where to get urgent help for mental health"
     * (https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/):
     * NHS 111 (mental health option), Samaritans on 116 123, emergency number 999.
     */
    static final List<CrisisLine> UNITED_KINGDOM = List.of(
            new CrisisLine("Samaritans", "Call 116 123 (free)", "any time, day or night"),
            new CrisisLine("NHS 111", "Call 111 and choose the mental health option", "for urgent help"),
            new CrisisLine("Emergency services", "Call 999 or go to A&E", "if you are in immediate danger"));

    private static final Map<String, List<CrisisLine>> BY_COUNTRY = Map.of("CA", CANADA, "US", UNITED_STATES,
            "GB", UNITED_KINGDOM);

    private CrisisLines() {
    }

    /** The lines for the client's zone's country, else the practice's, else Canada's. */
    public static List<CrisisLine> forZone(ZoneId clientZone, ZoneId practiceZone) {
        return ZoneCountries.country(clientZone, practiceZone).map(BY_COUNTRY::get).orElse(CANADA);
    }
}
