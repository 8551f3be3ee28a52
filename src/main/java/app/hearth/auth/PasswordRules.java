package app.hearth.auth;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NIST SP 800-63B password rules: at least 12 characters, no composition rules, and not one of the commonly used
 * passwords in the bundled list (auth/common-passwords.txt, from zxcvbn; no network look-up). Length is counted in
 * characters as people see them; the upper bound only keeps a request from carrying megabytes.
 */
@ApplicationScoped
public class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private final Set<String> common = load();

    /** Why the password is refused, in words for its owner; empty when it is acceptable. */
    public Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters; a few unrelated words work well.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (common.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("This password is one of the most commonly used ones; choose another.");
        }
        return Optional.empty();
    }

    /** How many common passwords the list holds (the README promises at least 10,000). */
    int listSize() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream("/auth/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("auth/common-passwords.txt is missing from the build");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
