package app.hearth.meeting;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for video addresses, pure: a therapist's fixed room must be a plain https address, the practice's
 * video service base likewise (no credentials, no query, no "..", which would let a room name climb out of it),
 * and a generated room is the base plus a name carrying 128 random bits, so nobody can guess a client's room.
 */
public final class RoomUrls {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    /** 26 base-32 characters carry 130 bits. */
    private static final int ROOM_NAME_CHARS = 26;

    private RoomUrls() {
    }

    /** Why the address cannot be a therapist's fixed room, or empty when it can. */
    public static Optional<String> problemWithRoom(String url) {
        return problem(url, true);
    }

    /** Why the address cannot be the base of generated rooms, or empty when it can. */
    public static Optional<String> problemWithBase(String url) {
        return problem(url, false);
    }

    /** A new room on the base: "https://meet.jit.si/Hearth-<26 random base-32 characters>". */
    public static String newRoom(String base) {
        StringBuilder name = new StringBuilder("Hearth-");
        for (int i = 0; i < ROOM_NAME_CHARS; i++) {
            name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return (base.endsWith("/") ? base : base + "/") + name;
    }

    private static Optional<String> problem(String url, boolean room) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > 500) {
            return Optional.of("must be at most 500 characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid address");
        }
        if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))) {
            return Optional.of("must start with https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain a user name or password");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String decoded = uri.getPath() == null ? "" : uri.getPath();
        if (path.contains("..") || decoded.contains("..") || path.toLowerCase(Locale.ROOT).contains("%2e")
                || path.contains("\\")) {
            return Optional.of("must not contain '..' in its path");
        }
        if (!room && (uri.getRawQuery() != null || uri.getRawFragment() != null)) {
            return Optional.of("must not have a query or fragment");
        }
        if (url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return Optional.of("must not contain spaces or control characters");
        }
        return Optional.empty();
    }
}
