package app.hearth.site;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site's colour pairs meet WCAG 2.2 AA contrast: 4.5:1 for text, 3:1 for focus rings and borders. */
class SiteContrastTest {

    @ParameterizedTest(name = "{0} on {1} at least {2}:1")
    @CsvSource({
            "--ink, --paper, 4.5", "--muted, --paper, 4.5", "--accent, --paper, 4.5", "--danger, --paper, 4.5",
            "--ink, --card, 4.5", "--muted, --card, 4.5", "--accent, --card, 4.5", "#ffffff, --accent, 4.5",
            "#ffffff, --danger, 4.5", "#ffffff, --ink, 4.5", "--accent-dark, --paper, 4.5", "--danger, #fdf0f0, 4.5",
            "--ink, #e6f0ec, 4.5", "--muted, #e6f0ec, 4.5", "--focus, --paper, 3", "--focus, --card, 3"})
    void colourPairsMeetAa(String foreground, String background, double minimum) {
        String css = css();
        double ratio = contrast(colour(css, foreground), colour(css, background));
        assertTrue(ratio >= minimum, foreground + " on " + background + " is only " + ratio + ":1");
    }

    private static String colour(String css, String name) {
        if (name.startsWith("#")) {
            return name;
        }
        Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6});").matcher(css);
        assertTrue(m.find(), "site.css defines " + name);
        return m.group(1);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static String css() {
        try (InputStream in = SiteContrastTest.class.getResourceAsStream("/META-INF/resources/css/site.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
