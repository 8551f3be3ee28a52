package app.hearth.intake;

import app.hearth.booking.Booking;
import app.hearth.crisis.CrisisLines;

import java.time.ZoneId;
import java.util.List;

/**
 * What a client whose answers suggest risk of self-harm is shown at once, before anyone reads the form: the crisis
 * lines of the country of the zone they booked in, else of the practice's.
 */
final class CrisisResources {

    private CrisisResources() {
    }

    static List<IntakeApi.CrisisResource> forBooking(Booking booking, ZoneId practiceZone) {
        ZoneId clientZone = booking == null ? null : booking.clientZone();
        return CrisisLines.forZone(clientZone, practiceZone).stream()
                .map(line -> new IntakeApi.CrisisResource(line.name(), line.contact(), line.when())).toList();
    }
}
