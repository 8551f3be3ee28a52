package app.hearth.booking;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The add-to-calendar links carry the right times through daylight-saving changes and names in any script. */
class CalendarLinksTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void googleLinkDecodesToTheSameNonAsciiTitleAndPlace() {
        CalendarLinks.Call call = call("Discovery call with 陈思 Zoë Brontë-Ngô (Café & Co)", at(2026, 12, 1, 10, 0, TORONTO),
                TORONTO, "https://meet.jit.si/Hearth-abc?x=1&y=2");
        Map<String, String> query = query(CalendarLinks.google(call));
        assertEquals("TEMPLATE", query.get("action"));
        assertEquals(call.title(), query.get("text"));
        assertEquals(call.location(), query.get("location"), "an & or ? in the place does not split the query");
        assertEquals("America/Toronto", query.get("ctz"));
        assertEquals("20261201T150000Z/20261201T151500Z", query.get("dates"));
        assertFalse(CalendarLinks.google(call).contains(" "), "no raw spaces");
    }

    @Test
    void outlookLinkKeepsSpacesAsSpacesAndTimesInUtc() {
        CalendarLinks.Call call = call("Appel découverte avec Ólafur", at(2026, 12, 1, 10, 0, TORONTO), TORONTO, "Phone call");
        String link = CalendarLinks.outlook(call);
        assertFalse(link.contains("+"), "a plus would stay a plus in Outlook: " + link);
        Map<String, String> query = query(link);
        assertEquals("Appel découverte avec Ólafur", query.get("subject"));
        assertEquals("2026-12-01T15:00:00Z", query.get("startdt"));
        assertEquals("2026-12-01T15:15:00Z", query.get("enddt"));
    }

    /** Table of calls on and around the days clocks change; each link's times are the instant, in UTC. */
    @Test
    void callsAroundDaylightSavingChangesKeepTheirInstant() {
        Object[][] cases = {
                // Toronto springs forward on 8 March 2026 at 02:00 (EST -5 to EDT -4)
                {at(2026, 3, 7, 10, 0, TORONTO), "20260307T150000Z", "2026-03-07T15:00:00Z"},
                {at(2026, 3, 9, 10, 0, TORONTO), "20260309T140000Z", "2026-03-09T14:00:00Z"},
                // Toronto falls back on 1 November 2026; 01:30 happens twice, the earlier offset (EDT) first
                {at(2026, 11, 1, 1, 30, TORONTO), "20261101T053000Z", "2026-11-01T05:30:00Z"},
                // London: BST ends 25 October 2026
                {at(2026, 10, 24, 9, 0, LONDON), "20261024T080000Z", "2026-10-24T08:00:00Z"},
                {at(2026, 10, 26, 9, 0, LONDON), "20261026T090000Z", "2026-10-26T09:00:00Z"},
        };
        for (Object[] row : cases) {
            Instant start = (Instant) row[0];
            CalendarLinks.Call call = call("Call", start, TORONTO, "Phone call");
            assertTrue(query(CalendarLinks.google(call)).get("dates").startsWith(row[1] + "/"), row[1].toString());
            assertEquals(row[2], query(CalendarLinks.outlook(call)).get("startdt"));
        }
    }

    private static CalendarLinks.Call call(String title, Instant start, ZoneId zone, String location) {
        return new CalendarLinks.Call(title, start, start.plusSeconds(900), zone, location, "Reference HB-ABCD-EFGH.");
    }

    private static Instant at(int y, int m, int d, int h, int min, ZoneId zone) {
        return LocalDateTime.of(y, m, d, h, min).atZone(zone).toInstant();
    }

    private static Map<String, String> query(String link) {
        Map<String, String> values = new HashMap<>();
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
