package app.hearth.booking;

import app.hearth.seal.Binding;
import app.hearth.seal.Sealed;
import app.hearth.seal.Sealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Keeps a booking's phone and message sealed by the one sealing component, each bound to its booking's reference
 * and to what it is, so a value copied to another booking (or into the other column) does not open. The address
 * stays readable for mail but is looked up by a keyed fingerprint.
 */
@ApplicationScoped
public class BookingSeal {

    private static final Logger LOG = Logger.getLogger(BookingSeal.class);
    private static final String EMAIL_INDEX = "booking-client-email";

    @Inject
    Sealer sealer;

    /**
     * A booking's phone and message as its readers see them. When a sealed value does not open (copied from
     * another booking, altered, or sealed with a key no longer configured) both are withheld and
     * {@code unreadable} says so, rather than the whole view failing.
     */
    record Details(String phone, String message, boolean unreadable) {

        static final Details UNREADABLE = new Details(null, null, true);

        /** For views: present only when true, so a readable booking's JSON is unchanged. */
        Boolean unreadableFlag() {
            return unreadable ? Boolean.TRUE : null;
        }
    }

    /** The bookings made with this email address, in any letter case, earliest first. */
    public List<Booking> ofClient(String email) {
        String normal = normal(email);
        // rows written before the fingerprint existed have none until the start-up step gives them one
        return Booking.list("clientEmailIndex in ?1 or (clientEmailIndex is null and lower(clientEmail) = ?2)"
                + " order by startAt", sealer.blindIndexes(EMAIL_INDEX, normal), normal);
    }

    /** The email's blind index under the current key: the name of its row in booking_email_lock. */
    String lockKey(String email) {
        return sealer.blindIndex(EMAIL_INDEX, normal(email));
    }

    void address(Booking booking, String email) {
        booking.clientEmail = email;
        booking.clientEmailIndex = sealer.blindIndex(EMAIL_INDEX, normal(email));
    }

    /** Seals both with the current key and clears any plaintext the row held from before. */
    void seal(Booking booking, String phone, String message) {
        booking.detailsKeyId = sealer.currentKeyId();
        booking.sealedPhone = phone == null ? null : sealer.seal(bytes(phone), phoneOf(booking)).payload();
        booking.sealedMessage = message == null ? null : sealer.seal(bytes(message), messageOf(booking)).payload();
        booking.legacyPhone = null;
        booking.legacyMessage = null;
    }

    Details open(Booking booking) {
        if (booking.detailsKeyId == null) {
            return new Details(booking.legacyPhone, booking.legacyMessage, false);
        }
        try {
            return new Details(open(booking, booking.sealedPhone, phoneOf(booking)),
                    open(booking, booking.sealedMessage, messageOf(booking)), false);
        } catch (IllegalStateException e) {
            // the reason names no personal data: a moved or altered value, or a retired key
            LOG.warnf("booking %s: its sealed phone or message does not open: %s", booking.reference, e.getMessage());
            return Details.UNREADABLE;
        }
    }

    /** True when the row holds plaintext, or a value or fingerprint made with an older key. */
    boolean needsSealing(Booking booking) {
        return booking.detailsKeyId == null || !sealer.isCurrent(booking.detailsKeyId)
                || booking.legacyPhone != null || booking.legacyMessage != null || booking.clientEmailIndex == null;
    }

    /** Seals what the row holds with the current key; false, leaving the row as it is, when it does not open. */
    boolean reseal(Booking booking) {
        Details details = open(booking);
        if (details.unreadable()) {
            return false;
        }
        seal(booking, details.phone(), details.message());
        address(booking, booking.clientEmail);
        return true;
    }

    String currentKeyId() {
        return sealer.currentKeyId();
    }

    private String open(Booking booking, String payload, Binding binding) {
        return payload == null ? null
                : new String(sealer.open(new Sealed(booking.detailsKeyId, payload), binding), StandardCharsets.UTF_8);
    }

    private static Binding phoneOf(Booking booking) {
        return Binding.of("booking-phone", booking.reference);
    }

    private static Binding messageOf(Booking booking) {
        return Binding.of("booking-message", booking.reference);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String normal(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
