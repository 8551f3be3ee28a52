package app.hearth.crisis;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The client's zone picks the country's lines; the practice's zone stands in for any other. */
class CrisisLinesTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    @Test
    void theClientsZoneDecides() {
        assertEquals(CrisisLines.UNITED_KINGDOM, CrisisLines.forZone(ZoneId.of("Europe/London"), TORONTO));
        assertEquals(CrisisLines.UNITED_STATES, CrisisLines.forZone(ZoneId.of("America/Indiana/Knox"), TORONTO));
        assertEquals(CrisisLines.UNITED_STATES, CrisisLines.forZone(ZoneId.of("US/Pacific"), TORONTO));
        assertEquals(CrisisLines.CANADA, CrisisLines.forZone(ZoneId.of("America/Vancouver"),
                ZoneId.of("Europe/London")));
    }

    @Test
    void anotherCountrysZoneFallsBackToThePractices() {
        assertEquals(CrisisLines.UNITED_KINGDOM, CrisisLines.forZone(ZoneId.of("Europe/Paris"), ZoneId.of("Europe/London")));
        assertEquals(CrisisLines.CANADA, CrisisLines.forZone(null, TORONTO));
        assertEquals(CrisisLines.CANADA, CrisisLines.forZone(ZoneId.of("Asia/Tokyo"), ZoneId.of("Australia/Sydney")));
    }
}
