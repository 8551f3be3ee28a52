package app.hearth.widget;

import app.hearth.common.HearthConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which other websites may embed the booking widget: the origins in HEARTH_EMBED_ALLOWED_ORIGINS (else the public
 * URL's origin). They get the frame-ancestors rule on /embed/ and CORS on the public API; nobody else does.
 */
// created at start so a mistyped origin stops the start with its name, not the first embedded visit
@Startup
@ApplicationScoped
public class EmbedPolicy {

    private final List<String> origins;

    @Inject
    public EmbedPolicy(HearthConfig config) {
        this(config.embedAllowedOrigins().filter(list -> !list.isEmpty()).orElse(List.of(config.publicUrl())));
    }

    EmbedPolicy(List<String> configured) {
        Set<String> parsed = new LinkedHashSet<>();
        for (String entry : configured) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            parsed.add(origin(entry.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "HEARTH_EMBED_ALLOWED_ORIGINS: '" + entry.strip() + "' is not an http(s) origin such as https://www.example.org")));
        }
        this.origins = List.copyOf(parsed);
    }

    /** The allowed origins, normalised (lower case, no default port, no path). */
    public List<String> origins() {
        return origins;
    }

    /** Whether a browser-reported origin (an Origin header, or the widget's host page) is on the list. */
    public boolean allows(String origin) {
        return origin != null && origin(origin).filter(origins::contains).isPresent();
    }

    /** The CSP directive for /embed/: Hearth's own pages and the allowed origins, nobody else. */
    String frameAncestors() {
        return "frame-ancestors 'self'" + (origins.isEmpty() ? "" : " " + String.join(" ", origins));
    }

    /** "HTTPS://Example.org:443/path" becomes "https://example.org"; anything but an http(s) URL with a host is empty. */
    static Optional<String> origin(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
