package app.hearth.site;

import app.hearth.common.HearthConfig;
import io.quarkus.qute.TemplateExtension;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small formatting helpers for templates. */
@TemplateExtension
public class SiteExtensions {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** "1 December 2026", in the practice's zone (template extensions are static, so the mapping is looked up). */
    static String longDate(Instant instant) {
        if (instant == null) {
            return "";
        }
        HearthConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(HearthConfig.class);
        return LONG_DATE.format(instant.atZone(config.practiceTimezone()));
    }
}
