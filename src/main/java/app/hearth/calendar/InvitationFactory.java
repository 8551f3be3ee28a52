package app.hearth.calendar;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import app.hearth.meeting.Location;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Label;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the iCalendar objects for discovery calls with iCal4j (RFC 5545, iTIP RFC 5546): REQUEST invitations
 * and their CANCEL, and PUBLISH calendars for downloads and the therapist's feed. Pure: no clock, no database.
 */
final class InvitationFactory {

    public static final String PRODID = "-//Hearth//Discovery calls 1.0//EN";
    /** The alarm a calendar shows before the call. */
    public static final Duration ALARM_BEFORE = Duration.ofMinutes(15);

    private final String uidDomain;

    /** @param uidDomain the host UIDs are minted under (the public URL's host) */
    public InvitationFactory(String uidDomain) {
        this.uidDomain = uidDomain;
    }

    /** The invitation a recipient's calendar acts on: REQUEST while the call stands, CANCEL once it is cancelled. */
    public Calendar invitation(CallFacts call, Recipient to, Instant stamp) {
        VEvent event = event(call, to.audience(), to.zone(), stamp);
        event.add(attendee(to));
        if (!call.cancelled()) {
            event.add(alarm());
        }
        return calendar(call.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, List.of(event));
    }

    /** One call as a plain calendar to import (METHOD:PUBLISH), with the same UID its invitation carries. */
    public Calendar download(CallFacts call, Recipient.Audience audience, ZoneId zone, Instant stamp) {
        VEvent event = event(call, audience, zone, stamp);
        if (!call.cancelled()) {
            event.add(alarm());
        }
        return calendar(ImmutableMethod.PUBLISH, List.of(event));
    }

    /**
     * A therapist's subscribable feed: every call given, as PUBLISH. It always carries the therapist's VTIMEZONE,
     * which names their zone and keeps a feed with no calls yet a valid calendar (one component at least).
     */
    public Calendar feed(String name, List<CallFacts> calls, ZoneId zone, Instant stamp) {
        List<CalendarComponent> events = new ArrayList<>();
        TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone timeZone = zones.getTimeZone(zone.getId());
        events.add((timeZone != null ? timeZone : zones.getTimeZone("Etc/UTC")).getVTimeZone());
        for (CallFacts call : calls) {
            events.add(event(call, Recipient.Audience.THERAPIST, zone, stamp));
        }
        Calendar calendar = calendar(ImmutableMethod.PUBLISH, events);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        return calendar;
    }

    /** The UID a call carries in one audience's calendars, stable for the booking's life. */
    public String uid(String reference, Recipient.Audience audience) {
        String who = audience == Recipient.Audience.CLIENT ? "" : "-" + audience.name().toLowerCase(Locale.ROOT);
        return "booking-" + reference.toLowerCase(Locale.ROOT) + who + "@" + uidDomain;
    }

    /** "Discovery call with {practice}": the title says what it is and names no one. */
    public static String summary(CallFacts call) {
        return "Discovery call with " + call.practiceName();
    }

    private Calendar calendar(Method method, List<CalendarComponent> events) {
        PropertyList properties = new PropertyList(List.of(new ProdId(PRODID), ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN, method));
        return new Calendar(properties, new ComponentList<>(events));
    }

    private VEvent event(CallFacts call, Recipient.Audience audience, ZoneId zone, Instant stamp) {
        List<Property> properties = new ArrayList<>();
        properties.add(new Uid(uid(call.reference(), audience)));
        properties.add(new Sequence(call.sequence()));
        properties.add(new DtStamp(stamp));
        properties.add(new DtStart<>(call.start()));
        properties.add(new DtEnd<>(call.end()));
        properties.add(new Summary(summary(call)));
        properties.add(new Description(description(call, audience, zone)));
        properties.add(call.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        properties.add(new Transp(call.cancelled() ? "TRANSPARENT" : "OPAQUE"));
        properties.add(new Organizer(new ParameterList(List.of(new Cn(call.practiceName()))),
                URI.create("mailto:" + call.organizerEmail())));
        if (call.location() != null) {
            properties.addAll(where(call.location()));
        }
        return new VEvent(new PropertyList(properties));
    }

    /**
     * LOCATION for every kind; for video also URL and the RFC 7986 CONFERENCE (VALUE=URI, FEATURE=AUDIO,VIDEO), which
     * calendars that know it turn into a "Join" button while the others still show LOCATION.
     */
    static List<Property> where(Location location) {
        List<Property> properties = new ArrayList<>();
        properties.add(new net.fortuna.ical4j.model.property.Location(location.calendarText()));
        if (location.isVideo()) {
            URI room = URI.create(location.url());
            properties.add(new Url(room));
            properties.add(new Conference(new ParameterList(List.of(Value.URI,
                    new Feature(Feature.AUDIO.getValue(), Feature.VIDEO.getValue()), new Label("Video call"))),
                    room.toString()));
        }
        return properties;
    }

    private static Attendee attendee(Recipient to) {
        return new Attendee(new ParameterList(List.of(new Cn(to.name()), CuType.INDIVIDUAL, Role.REQ_PARTICIPANT,
                PartStat.NEEDS_ACTION, Rsvp.TRUE)), URI.create("mailto:" + to.email()));
    }

    private static VAlarm alarm() {
        VAlarm alarm = new VAlarm(ALARM_BEFORE.negated());
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description("Discovery call in " + ALARM_BEFORE.toMinutes() + " minutes"));
        return alarm;
    }

    private static String therapistSentence(Location location) {
        return switch (location.kind()) {
            case PHONE -> "You phone the client (their number is in Hearth).";
            case VIDEO_FIXED, VIDEO_GENERATED -> "Video call at " + location.calendarText();
            case IN_PERSON -> "In person at " + location.calendarText();
        };
    }

    /** The call's details in words, in the reader's zone; for the client, with the link to move or cancel it. */
    static String description(CallFacts call, Recipient.Audience audience, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        String when = CallTimes.span(call.start(), call.end(), zone);
        if (call.cancelled()) {
            text.append("This discovery call has been cancelled.\n\n");
        }
        if (audience == Recipient.Audience.CLIENT) {
            text.append("A free 15-minute discovery call with ").append(call.therapistName()).append(" of ")
                    .append(call.practiceName()).append(".\n");
        } else {
            text.append("A free 15-minute discovery call");
            if (call.clientName() != null) {
                text.append(" with ").append(call.clientName());
            }
            text.append(".\n");
        }
        text.append("When: ").append(when).append("\n");
        if (call.location() != null && !call.cancelled()) {
            text.append("How: ").append(audience == Recipient.Audience.CLIENT
                    ? call.location().sentence(call.therapistName()) : therapistSentence(call.location())).append("\n");
        }
        text.append("Reference: ").append(call.reference()).append("\n");
        if (audience == Recipient.Audience.CLIENT && !call.cancelled()) {
            text.append("\n");
            if (call.manageUrl() != null) {
                text.append("To reschedule or cancel: ").append(call.manageUrl()).append("\n");
            } else {
                text.append("To reschedule or cancel, use the link in your confirmation email.\n");
            }
        }
        return text.toString().strip();
    }
}
