package app.hearth.widget;

import app.hearth.booking.Frame;
import app.hearth.booking.SlotPicker.Hidden;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The widget's options as the framed pages receive them in their address: the host page's origin (kept only when
 * the embed policy allows it, since the frame posts its messages there), an accent colour and a language.
 */
record EmbedOptions(String parentOrigin, String color, String locale) {

    /** Languages the framed pages are written in; any other request falls back to the first. */
    static final List<String> LOCALES = List.of("en");
    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /** Reads the raw query values; whatever is missing or malformed is simply left out. */
    static EmbedOptions of(String origin, String color, String locale, EmbedPolicy policy) {
        String parent = policy.allows(origin) ? EmbedPolicy.origin(origin).orElseThrow() : null;
        String accent = color != null && HEX.matcher(color).matches() ? "#" + expand(color.replace("#", "")) : null;
        return new EmbedOptions(parent, accent, language(locale));
    }

    /** "en-CA" and "EN" both become "en"; unsupported languages become the default. */
    static String language(String requested) {
        if (requested != null) {
            String primary = requested.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
            if (LOCALES.contains(primary)) {
                return primary;
            }
        }
        return LOCALES.get(0);
    }

    /**
     * The booking flow's frame at base: the options ride along as query fields, so each link and form inside the
     * frame keeps them, and embed.js finds the host origin and colour on the body.
     */
    Frame frame(String base) {
        Map<String, String> bodyData = new LinkedHashMap<>();
        if (parentOrigin != null) {
            bodyData.put("parent-origin", parentOrigin);
        }
        if (color != null) {
            bodyData.put("primary-color", color);
        }
        return Frame.framed(base, asFields(), locale, bodyData);
    }

    /** The options as query fields. */
    private List<Hidden> asFields() {
        List<Hidden> fields = new ArrayList<>();
        if (parentOrigin != null) {
            fields.add(new Hidden("origin", parentOrigin));
        }
        if (color != null) {
            fields.add(new Hidden("color", color));
        }
        if (!locale.equals(LOCALES.get(0))) {
            fields.add(new Hidden("locale", locale));
        }
        return fields;
    }

    private static String expand(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        if (lower.length() == 6) {
            return lower;
        }
        StringBuilder six = new StringBuilder();
        for (char c : lower.toCharArray()) {
            six.append(c).append(c);
        }
        return six.toString();
    }
}
