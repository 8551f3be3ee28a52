package app.hearth.common;

import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's configuration table and HearthConfig name the same HEARTH_* variables, and each documented default is
 * the mapping's: a setting added to the mapping fails here until an operator can read about it.
 */
class ConfigurationTableTest {

    private static final Pattern VARIABLE = Pattern.compile("`(HEARTH_[A-Z0-9_]+)`");

    @Test
    void everyVariableOfTheMappingIsInTheReadmeTableAndNoOther() throws IOException {
        Map<String, String> mapped = new TreeMap<>();
        collect(HearthConfig.class, "hearth", mapped);
        Map<String, String> documented = readmeTable();
        assertEquals(mapped.keySet(), documented.keySet(), "README ## Configuration table vs HearthConfig");
        mapped.forEach((variable, fallback) -> {
            if (fallback != null) {
                assertTrue(documented.get(variable).contains(fallback),
                        variable + ": the README's default should say " + fallback + ", not " + documented.get(variable));
            }
        });
    }

    /** Leaf settings as environment variables, with their @WithDefault (null when none). */
    private static void collect(Class<?> group, String prefix, Map<String, String> into) {
        for (Method member : group.getDeclaredMethods()) {
            if (member.isDefault() || Modifier.isStatic(member.getModifiers()) || member.getParameterCount() > 0) {
                continue;
            }
            String property = prefix + "." + member.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
            Class<?> type = member.getReturnType();
            if (type == HearthConfig.Required.class) {
                continue; // mirrors of variables documented under their own names, bound only in %prod
            }
            // a group: an interface of Hearth's own (nested in HearthConfig or, like MailSettings, in a file of its own)
            if (type.isInterface() && type.getPackageName().equals(HearthConfig.class.getPackageName())) {
                collect(type, property, into);
            } else {
                WithDefault fallback = member.getAnnotation(WithDefault.class);
                into.put(property.toUpperCase().replace('.', '_').replace('-', '_'), fallback == null ? null : fallback.value());
            }
        }
    }

    /** Each HEARTH_* variable named in the first cell of a row of the table under "## Configuration", with its default cell. */
    private static Map<String, String> readmeTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        assertTrue(start >= 0, "README.md has a ## Configuration section");
        int end = readme.indexOf("\n## ", start + 1);
        Map<String, String> rows = new TreeMap<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            String[] cells = line.split("\\|");
            if (!line.startsWith("|") || cells.length < 4) {
                continue;
            }
            Matcher names = VARIABLE.matcher(cells[1]);
            while (names.find()) {
                rows.put(names.group(1), cells[cells.length - 1]);
            }
        }
        return rows;
    }
}
