package app.hearth.support;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Replaces the system clock in tests: starts at a fixed instant and moves only when a test says so. */
@Singleton
public class TestClock extends Clock {

    /** Monday 30 November 2026, 12:00 UTC: a weekday, well before the 2027 daylight-saving changes. */
    public static final Instant START = Instant.parse("2026-11-30T12:00:00Z");

    private volatile Instant now = START;

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = START;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
