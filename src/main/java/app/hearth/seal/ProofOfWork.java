package app.hearth.seal;

import app.hearth.common.Secrets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A self-hosted proof-of-work puzzle in ALTCHA's format, so no third party sees who books: the server picks a
 * secret number up to {@code maxNumber}, publishes SHA-256(salt + number) and an HMAC of that hash under a key
 * derived from HEARTH_FORM_SECRET, and the client searches for the number. The salt carries its expiry, so the
 * puzzle is stateless until solved; the caller records a solved salt to refuse its replay.
 */
public final class ProofOfWork {

    public static final String ALGORITHM = "SHA-256";
    /** How long a puzzle may be solved and sent: long enough to fill in the booking form. */
    public static final Duration LIFETIME = Duration.ofHours(1);
    private static final int MAX_PAYLOAD = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] key;
    private final Clock clock;
    private final int maxNumber;

    /** What the client is given to solve (ALTCHA's field names). */
    public record Challenge(String algorithm, String challenge, String salt, String signature, int maxnumber) {
    }

    /** A correctly solved puzzle: its salt (unique per puzzle) and when it stops being accepted anyway. */
    public record Solved(String salt, Instant expires) {
    }

    ProofOfWork(byte[] formKey, Clock clock, int maxNumber) {
        if (maxNumber < 1) {
            throw new IllegalArgumentException("HEARTH_BOOKING_PROOF_OF_WORK_MAX_NUMBER must be positive");
        }
        this.key = Hmac.derive(formKey, "proof-of-work");
        this.clock = clock;
        this.maxNumber = maxNumber;
    }

    public Challenge issue() {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String salt = HexFormat.of().formatHex(random) + "?expires=" + clock.instant().plus(LIFETIME).getEpochSecond();
        int number = RANDOM.nextInt(maxNumber + 1);
        String challenge = hash(salt, number);
        return new Challenge(ALGORITHM, challenge, salt, sign(challenge), maxNumber);
    }

    /**
     * The solved puzzle, or empty when the payload (base64 of ALTCHA's JSON: algorithm, challenge, number, salt,
     * signature) is malformed, expired, not ours, or the number is wrong.
     */
    public Optional<Solved> verify(String payload) {
        if (payload == null || payload.isBlank() || payload.length() > MAX_PAYLOAD) {
            return Optional.empty();
        }
        try {
            JsonNode answer = JSON.readTree(decode(payload.strip()));
            String salt = answer.path("salt").asText("");
            JsonNode number = answer.path("number");
            if (!ALGORITHM.equals(answer.path("algorithm").asText()) || !number.canConvertToInt()
                    || !salt.matches("[0-9a-f]{24}\\?expires=\\d{1,12}")) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(salt.substring(salt.indexOf('=') + 1)));
            String challenge = hash(salt, number.asInt());
            boolean genuine = MessageDigest.isEqual(sign(challenge).getBytes(StandardCharsets.US_ASCII),
                    answer.path("signature").asText("").getBytes(StandardCharsets.US_ASCII));
            return genuine && !clock.instant().isAfter(expires) ? Optional.of(new Solved(salt, expires)) : Optional.empty();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What a client computes for each candidate number. */
    public static String hash(String salt, int number) {
        return HexFormat.of().formatHex(Secrets.sha256((salt + number).getBytes(StandardCharsets.UTF_8)));
    }

    private String sign(String challenge) {
        return HexFormat.of().formatHex(Hmac.sha256(key, challenge));
    }

    private static byte[] decode(String payload) {
        String text = payload.replace('-', '+').replace('_', '/');
        return Base64.getMimeDecoder().decode(text);
    }
}
