package app.hearth.calendarsync;

import app.hearth.common.HearthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Reads a connection's calendars over the network and expands them into busy intervals: an ICS subscription with a
 * conditional GET, a CalDAV account by discovery and a calendar-query REPORT per busy calendar.
 */
@ApplicationScoped
class CalendarReader {

    /** The most instances one recurring event contributes within the window. */
    static final int MAX_INSTANCES = 2000;

    /**
     * A read's result.
     *
     * @param intervals  the new busy intervals, or null when the calendar is unchanged since the last read
     * @param discovered the account's calendars (CalDAV), or null
     */
    record Outcome(List<BusyExpander.Interval> intervals, List<CalDav.Found> discovered, String etag, String lastModified) {

        /** Whether the discovered calendars' tags describe the busy time now stored (a CalDAV read, full or skipped). */
        boolean readTags() {
            return discovered != null;
        }
    }

    @Inject
    CalendarNetwork network;
    @Inject
    HearthConfig config;

    Outcome read(CalendarSync.Target target) throws CalendarHttp.Failed {
        BusyExpander.Options options = new BusyExpander.Options(target.zone(), target.from(), target.to(), MAX_INSTANCES,
                false, ownUids());
        return target.kind() == CalendarConnection.Kind.ICS ? ics(target, options) : caldav(target, options);
    }

    private Outcome ics(CalendarSync.Target target, BusyExpander.Options options) throws CalendarHttp.Failed {
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "text/calendar, */*;q=0.5");
        if (target.etag() != null) {
            headers.put("If-None-Match", target.etag());
        }
        if (target.lastModified() != null) {
            headers.put("If-Modified-Since", target.lastModified());
        }
        CalendarHttp.Answer answer = network.http().send("GET", target.address(), null, headers, null);
        if (answer.status() == 304) {
            return new Outcome(null, null, target.etag(), target.lastModified());
        }
        if (answer.status() != 200) {
            throw new CalendarHttp.Failed("The calendar server answered " + answer.status() + ".");
        }
        return new Outcome(expand(List.of(answer.text()), options), null, answer.etag(), answer.lastModified());
    }

    private Outcome caldav(CalendarSync.Target target, BusyExpander.Options options) throws CalendarHttp.Failed {
        CalDav dav = new CalDav(network.http(), target.login());
        List<CalDav.Found> found = dav.discover(target.address());
        List<String> busy = new ArrayList<>(target.busyCalendars());
        if (target.firstDiscovery()) {
            found.forEach(f -> busy.add(f.href()));
        }
        if (unchanged(busy, found, target.tags())) {
            return new Outcome(null, found, null, null);
        }
        TreeSet<BusyExpander.Interval> all = new TreeSet<>();
        for (String href : busy) {
            if (found.stream().anyMatch(f -> f.href().equals(href))) {
                // each calendar with its own choice of whether free events count
                BusyExpander.Options own = target.transparentBusy().contains(href) ? new BusyExpander.Options(
                        options.zone(), options.from(), options.to(), options.maxInstances(), true, options.ownUid()) : options;
                all.addAll(expand(dav.events(href, target.from(), target.to()), own));
            }
        }
        return new Outcome(List.copyOf(all), found, null, null);
    }

    /**
     * Whether every busy calendar still has the tag its events were read at. Then nothing is read; otherwise every
     * busy calendar is read again, since the stored intervals are kept per connection, not per calendar or object.
     */
    private static boolean unchanged(List<String> busy, List<CalDav.Found> found, Map<String, String> tags) {
        if (busy.isEmpty() || tags.isEmpty()) {
            return false;
        }
        for (String href : busy) {
            CalDav.Found f = found.stream().filter(x -> x.href().equals(href)).findFirst().orElse(null);
            if (f == null || f.tag() == null || !f.tag().equals(tags.get(href))) {
                return false;
            }
        }
        return true;
    }

    private static List<BusyExpander.Interval> expand(List<String> calendars, BusyExpander.Options options)
            throws CalendarHttp.Failed {
        TreeSet<BusyExpander.Interval> all = new TreeSet<>();
        for (String text : calendars) {
            try {
                all.addAll(BusyExpander.busy(new StringReader(text), options));
            } catch (Exception e) {
                throw new CalendarHttp.Failed("The calendar could not be read as iCalendar.");
            }
        }
        return List.copyOf(all);
    }

    /** Hearth's own bookings, recognised by the UIDs InvitationFactory mints under the public URL's host. */
    private Predicate<String> ownUids() {
        String host = URI.create(config.publicUrl()).getHost();
        String suffix = "@" + (host == null ? "localhost" : host.toLowerCase(Locale.ROOT));
        return uid -> {
            String lower = uid.toLowerCase(Locale.ROOT);
            return lower.startsWith("booking-") && lower.endsWith(suffix);
        };
    }
}
