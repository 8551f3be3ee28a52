package app.hearth.web;

import app.hearth.common.HearthConfig;
import io.quarkus.qute.TemplateExtension;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;

import app.hearth.crisis.CrisisLine;
import app.hearth.crisis.CrisisLines;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Small formatting helpers for templates (and the one way an instant is written for machines). */
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

    /** The crisis lines for the footer: the client's chosen zone's country, else the practice's. */
    static List<CrisisLine> crisisLines(PageMeta meta) {
        HearthConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(HearthConfig.class);
        ZoneId client = null;
        if (meta.clientZone() != null) {
            try {
                client = ZoneId.of(meta.clientZone());
            } catch (DateTimeException e) {
                client = null;
            }
        }
        return CrisisLines.forZone(client, config.practiceTimezone());
    }

    /**
     * An instant as machines read it in pages, JSON-LD and feeds: UTC to the whole second ("2026-12-01T14:00:00Z").
     * A clock's microseconds would make an invalid HTML datetime (at most three fraction digits), and no reader
     * needs them.
     */
    public static String datetime(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
