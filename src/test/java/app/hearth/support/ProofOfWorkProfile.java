package app.hearth.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The booking limits as a practice that switched the proof of work on would have them (small enough to reach in
 * a test), with a small puzzle so tests solve it in milliseconds.
 */
public class ProofOfWorkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("hearth.booking.per-address", "3", "hearth.booking.per-email", "5",
                "hearth.booking.per-therapist-day", "4", "hearth.booking.active-per-email", "2",
                "hearth.booking.proof-of-work", "true", "hearth.booking.proof-of-work-max-number", "3000");
    }
}
