package app.hearth.meeting;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;

/**
 * Checks the number a phone call goes to with Google's libphonenumber: a number written without its country code
 * is read in the region of the client's zone (the practice's when the zone names none of ours), and only a number
 * that is valid there is accepted. Accepted numbers are kept in E.164 form (+14165550123) so a therapist can dial
 * them from anywhere.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The number in E.164 form, or empty when it does not parse or is not a valid number for its region. */
    public static Optional<String> normalise(String typed, String region) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(typed.strip(), region == null ? "ZZ" : region);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** How to write the number for a human: international format, e.g. "+1 416-555-0123". */
    public static String readable(String e164) {
        try {
            return UTIL.format(UTIL.parse(e164, "ZZ"), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
