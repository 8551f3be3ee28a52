package app.hearth.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationFactoryTest {

    private static final Instant START = Instant.parse("2026-12-01T15:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T15:15:00Z");
    private static final Instant STAMP = Instant.parse("2026-11-30T12:00:00Z");
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    private final InvitationFactory factory = new InvitationFactory("hearth.example");

    @Test
    void aRequestCarriesEveryPropertyACalendarNeedsAndPassesITipValidation() throws Exception {
        Calendar calendar = factory.invitation(call(0, false, "https://hearth.example/manage/abc"), client(), STAMP);
        CalendarValidation.requireValid(calendar);

        Calendar parsed = parse(IcsText.of(calendar));
        assertEquals("REQUEST", value(parsed, "METHOD"));
        assertEquals("2.0", value(parsed, "VERSION"));
        assertEquals(InvitationFactory.PRODID, value(parsed, "PRODID"));
        VEvent event = onlyEvent(parsed);
        assertEquals("booking-hb-abcd-efgh@hearth.example", value(event, "UID"));
        assertEquals("0", value(event, "SEQUENCE"));
        assertEquals("20261130T120000Z", value(event, "DTSTAMP"));
        assertEquals("20261201T150000Z", value(event, "DTSTART"));
        assertEquals("20261201T151500Z", value(event, "DTEND"));
        assertEquals("Discovery call with Maple Grove", value(event, "SUMMARY"));
        assertEquals("CONFIRMED", value(event, "STATUS"));

        Property organizer = event.getProperty("ORGANIZER").orElseThrow();
        assertEquals("mailto:bookings@maple.example", organizer.getValue());
        assertEquals("Maple Grove", param(organizer, "CN"));
        Property attendee = event.getProperty("ATTENDEE").orElseThrow();
        assertEquals("mailto:zoe@example.org", attendee.getValue());
        assertEquals("Zoë Brontë-Ngô", param(attendee, "CN"));
        assertEquals("REQ-PARTICIPANT", param(attendee, "ROLE"));
        assertEquals("NEEDS-ACTION", param(attendee, "PARTSTAT"));
        assertEquals("TRUE", param(attendee, "RSVP"));

        List<VAlarm> alarms = event.getAlarms();
        assertEquals(1, alarms.size());
        assertEquals("-PT15M", value(alarms.get(0), "TRIGGER"));
        assertEquals("DISPLAY", value(alarms.get(0), "ACTION"));

        String description = value(event, "DESCRIPTION");
        assertTrue(description.contains("https://hearth.example/manage/abc"), description);
        assertTrue(description.contains("Tuesday 1 December 2026, 10:00–10:15 (America/Toronto, EST)"), description);
        assertTrue(description.contains("陈思"), description);
    }

    @Test
    void aCancelKeepsTheUidRaisesTheSequenceAndPassesITipValidation() throws Exception {
        Calendar request = factory.invitation(call(0, false, null), client(), STAMP);
        Calendar cancel = factory.invitation(call(2, true, null), client(), STAMP);
        CalendarValidation.requireValid(cancel);

        Calendar parsed = parse(IcsText.of(cancel));
        assertEquals("CANCEL", value(parsed, "METHOD"));
        VEvent event = onlyEvent(parsed);
        assertEquals(value(onlyEvent(request), "UID"), value(event, "UID"));
        assertEquals("2", value(event, "SEQUENCE"));
        assertEquals("CANCELLED", value(event, "STATUS"));
        assertTrue(event.getAlarms().isEmpty(), "no alarm for a call that will not happen");
        assertTrue(event.getProperty("ATTENDEE").isPresent());
    }

    @Test
    void theTherapistsCopyHasItsOwnUidNamesTheClientAndNeverCarriesTheManageLink() throws Exception {
        Recipient therapist = new Recipient("陈思", "chen@maple.example", ZoneId.of("Asia/Shanghai"),
                Recipient.Audience.THERAPIST);
        Calendar calendar = factory.invitation(call(1, false, "https://hearth.example/manage/secret"), therapist, STAMP);
        CalendarValidation.requireValid(calendar);
        VEvent event = onlyEvent(parse(IcsText.of(calendar)));
        assertEquals("booking-hb-abcd-efgh-therapist@hearth.example", value(event, "UID"));
        String description = value(event, "DESCRIPTION");
        assertTrue(description.contains("with Zoë Brontë-Ngô"), description);
        assertTrue(description.contains("(Asia/Shanghai, CST)"), description);
        assertFalse(description.contains("manage/secret"), description);
    }

    @Test
    void withoutTheManageLinkTheClientIsPointedToTheConfirmationEmail() {
        String description = InvitationFactory.description(call(0, false, null), Recipient.Audience.CLIENT, TORONTO);
        assertTrue(description.contains("use the link in your confirmation email"), description);
    }

    @Test
    void longLinesAreFoldedAndUnfoldBackToTheSameText() throws Exception {
        String longName = "Zoë Brontë-Ngô 陈思 ".repeat(12).strip();
        CallFacts call = new CallFacts("HB-ABCD-EFGH", 0, START, END, false, "Maple Grove", "bookings@maple.example",
                longName, "https://hearth.example/manage/" + "x".repeat(43), null, null);
        String ics = IcsText.of(factory.invitation(call, client(), STAMP));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.length() <= 75, "folded: " + line);
        }
        assertTrue(ics.contains("\r\n "), "long lines continue on folded lines");
        String description = value(onlyEvent(parse(ics)), "DESCRIPTION");
        assertTrue(description.contains(longName), description);
        assertTrue(description.contains("https://hearth.example/manage/" + "x".repeat(43)), description);
    }

    @Test
    void aFeedIsPublishedWithoutAttendeesAndValidates() throws Exception {
        Calendar feed = factory.feed("Hearth: Dr Chen", List.of(call(0, false, null), call(3, true, null)), TORONTO, STAMP);
        CalendarValidation.requireValid(feed);
        Calendar parsed = parse(IcsText.of(feed));
        assertEquals("PUBLISH", value(parsed, "METHOD"));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertEquals(2, events.size());
        assertTrue(events.stream().noneMatch(e -> e.getProperty("ATTENDEE").isPresent()));
        assertEquals("CANCELLED", value(events.get(1), "STATUS"));
    }

    @Test
    void aFeedWithoutCallsIsStillAValidCalendarNamingTheZone() throws Exception {
        Calendar feed = factory.feed("Hearth: Dr Chen", List.of(), TORONTO, STAMP);
        CalendarValidation.requireValid(feed);
        Calendar parsed = parse(IcsText.of(feed));
        assertTrue(parsed.getComponents("VEVENT").isEmpty());
        assertEquals("America/Toronto", value(parsed.getComponents("VTIMEZONE").get(0), "TZID"));
    }

    @Test
    void aDownloadValidates() throws Exception {
        Calendar download = factory.download(call(0, false, null), Recipient.Audience.CLIENT, TORONTO, STAMP);
        CalendarValidation.requireValid(download);
        assertEquals("PUBLISH", value(download, "METHOD"));
    }

    @Test
    void anInvalidCalendarIsRefused() {
        Calendar broken = factory.invitation(call(0, false, null), client(), STAMP);
        VEvent event = onlyEvent(broken);
        event.removeAll("DTSTAMP");
        assertThrows(IllegalArgumentException.class, () -> CalendarValidation.requireValid(broken));
    }

    private static CallFacts call(int sequence, boolean cancelled, String manageUrl) {
        return new CallFacts("HB-ABCD-EFGH", sequence, START, END, cancelled, "Maple Grove", "bookings@maple.example",
                "陈思", manageUrl, "Zoë Brontë-Ngô", null);
    }

    private static Recipient client() {
        return new Recipient("Zoë Brontë-Ngô", "zoe@example.org", TORONTO, Recipient.Audience.CLIENT);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }

    static String param(Property property, String name) {
        return property.getParameter(name).map(Parameter::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }
}
