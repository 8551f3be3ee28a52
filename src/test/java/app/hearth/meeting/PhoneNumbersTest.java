package app.hearth.meeting;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Phone numbers are read in the client's region unless they carry their country code. */
class PhoneNumbersTest {

    @Test
    void aNationalNumberIsReadInTheRegionAndKeptInE164() {
        assertEquals(Optional.of("+14169671111"), PhoneNumbers.normalise("(416) 967-1111", "CA"));
        assertEquals(Optional.of("+442079460000"), PhoneNumbers.normalise("020 7946 0000", "GB"));
        assertEquals(Optional.of("+442079460000"), PhoneNumbers.normalise("+44 20 7946 0000", "CA"));
    }

    @Test
    void numbersThatDoNotParseOrAreNotValidForTheirRegionAreRefused() {
        assertEquals(Optional.empty(), PhoneNumbers.normalise("12345", "CA"));
        assertEquals(Optional.empty(), PhoneNumbers.normalise("call me maybe", "US"));
        assertEquals(Optional.empty(), PhoneNumbers.normalise("020 7946 0000", "CA"), "a London number is no Canadian one");
        assertEquals(Optional.empty(), PhoneNumbers.normalise("416 967 1111", "ZZ"), "no region: a country code is needed");
        assertEquals(Optional.empty(), PhoneNumbers.normalise("", "CA"));
    }
}
