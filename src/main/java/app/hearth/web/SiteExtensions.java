package app.hearth.web;

import io.quarkus.qute.TemplateExtension;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small formatting helpers for templates. */
@TemplateExtension
public class SiteExtensions {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** "1 December 2026", in the practice's zone. */
    static String longDate(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = ConfigProvider.getConfig().getOptionalValue("hearth.practice-timezone", String.class)
                .map(ZoneId::of).orElse(ZoneId.of("UTC"));
        return LONG_DATE.format(instant.atZone(zone));
    }
}
