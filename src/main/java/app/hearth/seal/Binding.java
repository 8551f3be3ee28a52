package app.hearth.seal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a sealed value belongs to (its associated data): a kind, such as the table, and the identifiers of its
 * owner. A value opens only with the binding it was sealed with, so a ciphertext copied onto another row, or a row
 * re-pointed at another owner, does not open.
 */
public final class Binding {

    private final String kind;
    private final String text;

    private Binding(String kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    /** "kind:part:part"; no part may contain ':', so two different bindings never produce the same bytes. */
    public static Binding of(String kind, Object... parts) {
        if (Stream.concat(Stream.of(kind), Arrays.stream(parts)).anyMatch(p -> p == null || p.toString().contains(":"))) {
            throw new IllegalArgumentException("binding parts must be present and free of ':'");
        }
        return new Binding(kind, Stream.concat(Stream.of(kind), Arrays.stream(parts)).map(String::valueOf)
                .collect(Collectors.joining(":")));
    }

    public String kind() {
        return kind;
    }

    byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text;
    }
}
