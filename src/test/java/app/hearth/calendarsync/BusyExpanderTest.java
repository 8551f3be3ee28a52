package app.hearth.calendarsync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar corpus in src/test/resources/calendars: each NAME.ics beside NAME.expected, the busy intervals a
 * therapist in Toronto has in the first quarter of 2026 (one "start end" line each, in UTC).
 */
class BusyExpanderTest {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");
    private static final Path CORPUS = Path.of("src/test/resources/calendars");

    static BusyExpander.Options options() {
        return new BusyExpander.Options(TORONTO, FROM, TO, 1000, false, uid -> uid.matches("booking-[a-z0-9-]+@localhost"));
    }

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected"))
                    .map(n -> n.substring(0, n.length() - ".expected".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachCalendarIsBusyExactlyWhenExpected(String name) throws Exception {
        List<String> expected = Files.readAllLines(CORPUS.resolve(name + ".expected")).stream().filter(l -> !l.isBlank()).toList();
        try (Reader ics = Files.newBufferedReader(CORPUS.resolve(name + ".ics"))) {
            List<String> actual = BusyExpander.busy(ics, options()).stream().map(i -> i.start() + " " + i.end()).toList();
            assertEquals(expected, actual, name);
        }
    }

    @Test
    void theCorpusHasAtLeastTwentyCalendars() throws IOException {
        assertTrue(corpus().count() >= 20);
    }

    @Test
    void twoThousandEventsWithRecurrenceExpandWithinTwoSeconds() throws Exception {
        // the best of three runs in this thread's CPU time, so a cold JIT or a busy shared machine does not decide it
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long started = cpu.getCurrentThreadCpuTime();
            List<BusyExpander.Interval> busy;
            try (Reader ics = new InputStreamReader(Files.newInputStream(CORPUS.resolve("two-thousand-events.ics")),
                    StandardCharsets.UTF_8)) {
                busy = BusyExpander.busy(ics, options());
            }
            best = Math.min(best, (cpu.getCurrentThreadCpuTime() - started) / 1_000_000);
            assertEquals(3186, busy.size(), "1,900 single events and 1,286 instances of 100 weekly series");
        }
        assertTrue(best < 2000, "took " + best + " ms of CPU time");
    }

    @Test
    void anEndlessSeriesIsCappedAndFreeTimeCanBeMadeBusy() throws Exception {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:daily
                DTSTART:20260101T120000Z
                DTEND:20260101T130000Z
                RRULE:FREQ=DAILY
                TRANSP:TRANSPARENT
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n");
        assertEquals(List.of(), BusyExpander.busy(new StringReader(ics), options()));
        BusyExpander.Options capped = new BusyExpander.Options(TORONTO, FROM, TO, 10, true, uid -> false);
        assertEquals(10, BusyExpander.busy(new StringReader(ics), capped).size());
        BusyExpander.Options uncapped = new BusyExpander.Options(TORONTO, FROM, TO, 1000, true, uid -> false);
        assertEquals(90, BusyExpander.busy(new StringReader(ics), uncapped).size());
    }
}
