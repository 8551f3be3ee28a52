package app.hearth.booking;

import app.hearth.availability.SlotEngine.Verdict;

import java.security.SecureRandom;

/** Small pure rules of booking: references a client can read out, and which refusal to report. */
final class BookingRules {

    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingRules() {
    }

    /** When nobody is free, report the reason closest to success: taken beats outside hours beats past. */
    static int severity(Verdict v) {
        return switch (v) {
            case FREE -> 0;
            case TAKEN, DAY_FULL -> 1;
            case OUTSIDE_HOURS -> 2;
            case TOO_SOON, TOO_FAR -> 3;
            case PAST -> 4;
        };
    }

    static String newReference() {
        StringBuilder reference = new StringBuilder("HB-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return reference.toString();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
