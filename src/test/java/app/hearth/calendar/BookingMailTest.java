package app.hearth.calendar;

import app.hearth.mail.OutboxMessage;
import app.hearth.mail.OutboxRelay;
import app.hearth.mail.OutboxState;
import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.MailFixtures;
import app.hearth.support.OutboxProbe;
import app.hearth.support.SmtpProfile;
import app.hearth.support.SmtpTestResource;
import app.hearth.support.TestClock;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.hearth.calendar.InvitationFactoryTest.onlyEvent;
import static app.hearth.calendar.InvitationFactoryTest.param;
import static app.hearth.calendar.InvitationFactoryTest.parse;
import static app.hearth.calendar.InvitationFactoryTest.value;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Booking, moving and cancelling put correct invitations in a real SMTP server's mailboxes. */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class BookingMailTest {

    /** Tuesday 1 December 2026, 10:00 in Toronto. */
    private static final Instant START = Instant.parse("2026-12-01T15:00:00Z");

    @Inject
    Fixtures fixtures;
    @Inject
    MailFixtures mail;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxProbe probe;
    @Inject
    BookingReminders reminders;
    @Inject
    CalendarFeeds feeds;
    @Inject
    TestClock clock;

    @Test
    void aBookingSendsTheClientAnIMipInvitationWithEveryPropertyAndAnAttachedCopy() throws Exception {
        Booked booked = book("Zoë Brontë-Ngô");
        relay.drain();

        List<MimeMessage> inbox = MailFixtures.receivedBy(booked.clientEmail);
        assertEquals(1, inbox.size());
        MimeMessage message = inbox.get(0);
        assertEquals("Confirmed: discovery call with 陈思, Tue 1 Dec, 10:00 (America/Toronto)", message.getSubject());
        assertTrue(message.getFrom()[0].toString().contains("bookings@localhost"));

        assertTrue(message.isMimeType("multipart/mixed"));
        Multipart mixed = (Multipart) message.getContent();
        assertEquals(2, mixed.getCount());
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertTrue(mixed.getBodyPart(0).isMimeType("multipart/alternative"));
        assertEquals(3, alternative.getCount());
        BodyPart text = alternative.getBodyPart(0);
        BodyPart html = alternative.getBodyPart(1);
        BodyPart calendarPart = alternative.getBodyPart(2);
        assertTrue(text.isMimeType("text/plain"));
        assertTrue(html.isMimeType("text/html"));
        assertTrue(calendarPart.isMimeType("text/calendar"), "the calendar comes last");
        for (BodyPart part : List.of(text, html, calendarPart)) {
            assertEquals("UTF-8", new jakarta.mail.internet.ContentType(part.getContentType()).getParameter("charset")
                    .toUpperCase());
        }
        String mimeMethod = new jakarta.mail.internet.ContentType(calendarPart.getContentType()).getParameter("method");
        assertEquals("REQUEST", mimeMethod);

        BodyPart attachment = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, attachment.getDisposition());
        assertEquals("invite.ics", attachment.getFileName());
        assertEquals(read(calendarPart), read(attachment), "the attachment is the same calendar");

        String body = (String) text.getContent();
        assertTrue(body.contains("Tuesday 1 December 2026, 10:00–10:15 (America/Toronto, EST)"), body);
        assertTrue(body.contains(booked.manageUrl), body);
        assertFalse(body.contains("Looking for help"), "the client's message stays out of mail");
        assertTrue(((String) html.getContent()).contains("Reschedule or cancel"));

        Calendar calendar = parse(read(calendarPart));
        assertEquals(mimeMethod, value(calendar, "METHOD"), "MIME method equals the VCALENDAR METHOD");
        assertEquals("2.0", value(calendar, "VERSION"));
        assertEquals(InvitationFactory.PRODID, value(calendar, "PRODID"));
        VEvent event = onlyEvent(calendar);
        assertEquals("booking-" + booked.reference.toLowerCase() + "@localhost", value(event, "UID"));
        assertEquals("0", value(event, "SEQUENCE"));
        assertEquals("20261130T120000Z", value(event, "DTSTAMP"));
        assertEquals("20261201T150000Z", value(event, "DTSTART"));
        assertEquals("20261201T151500Z", value(event, "DTEND"));
        assertEquals("Discovery call with Maple Grove Counselling", value(event, "SUMMARY"));
        assertEquals("CONFIRMED", value(event, "STATUS"));
        Property organizer = event.getProperty("ORGANIZER").orElseThrow();
        assertEquals("mailto:bookings@localhost", organizer.getValue());
        assertEquals("Maple Grove Counselling", param(organizer, "CN"));
        Property attendee = event.getProperty("ATTENDEE").orElseThrow();
        assertEquals("mailto:" + booked.clientEmail, attendee.getValue());
        assertEquals("Zoë Brontë-Ngô", param(attendee, "CN"));
        assertEquals("REQ-PARTICIPANT", param(attendee, "ROLE"));
        assertEquals("NEEDS-ACTION", param(attendee, "PARTSTAT"));
        assertEquals("TRUE", param(attendee, "RSVP"));
        assertEquals(1, event.getAlarms().size());
        String description = value(event, "DESCRIPTION");
        assertTrue(description.contains(booked.manageUrl), description);
        assertFalse(description.contains("Looking for help"), "the client's message never reaches a calendar");
    }

    @Test
    void theTherapistGetsTheirOwnInvitationInTheirZoneWithoutTheClientsMessageOrLink() throws Exception {
        Booked booked = book("Alex Morgan");
        relay.drain();

        List<MimeMessage> inbox = MailFixtures.receivedBy(booked.therapistEmail);
        assertEquals(1, inbox.size());
        MimeMessage message = inbox.get(0);
        assertEquals("New discovery call " + booked.reference + ", Tue 1 Dec, 23:00 (Asia/Shanghai)",
                message.getSubject());
        Calendar calendar = parse(read(calendarPart(message)));
        VEvent event = onlyEvent(calendar);
        assertEquals("REQUEST", value(calendar, "METHOD"));
        assertEquals("mailto:" + booked.therapistEmail, value(event, "ATTENDEE"));
        assertEquals("陈思", param(event.getProperty("ATTENDEE").orElseThrow(), "CN"));
        String description = value(event, "DESCRIPTION");
        assertTrue(description.contains("with Alex Morgan"), description);
        assertTrue(description.contains("(Asia/Shanghai, CST)"), description);
        assertFalse(description.contains("/manage/"), description);
        assertFalse(description.contains("Looking for help"), description);
    }

    @Test
    void rescheduleAndCancelKeepTheUidAndRaiseTheSequenceForBothParties() throws Exception {
        Booked booked = book("Alex Morgan");
        given().contentType(ContentType.JSON).body(Map.of("start", START.plus(Duration.ofHours(1)).toString()))
                .post("/api/bookings/manage/" + booked.token + "/reschedule").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Found another time"))
                .post("/api/bookings/manage/" + booked.token + "/cancel").then().statusCode(200);
        relay.drain();

        for (String address : List.of(booked.clientEmail, booked.therapistEmail)) {
            List<MimeMessage> inbox = MailFixtures.receivedBy(address);
            assertEquals(3, inbox.size(), address);
            List<VEvent> events = inbox.stream().map(m -> onlyEvent(parseQuietly(m))).toList();
            assertEquals(value(events.get(0), "UID"), value(events.get(1), "UID"));
            assertEquals(value(events.get(0), "UID"), value(events.get(2), "UID"));
            assertEquals(List.of("0", "1", "2"), events.stream().map(e -> value(e, "SEQUENCE")).toList());
            assertEquals("20261201T160000Z", value(events.get(1), "DTSTART"));
            assertEquals("CANCELLED", value(events.get(2), "STATUS"));
            List<String> methods = inbox.stream().map(m -> value(parseQuietly(m), "METHOD")).toList();
            assertEquals(List.of("REQUEST", "REQUEST", "CANCEL"), methods);
            List<String> mimeMethods = inbox.stream().map(BookingMailTest::mimeMethod).toList();
            assertEquals(methods, mimeMethods, "each MIME method equals its VCALENDAR METHOD");
        }
        assertTrue(MailFixtures.receivedBy(booked.clientEmail).get(1).getSubject().startsWith("Moved:"));
        assertTrue(MailFixtures.receivedBy(booked.clientEmail).get(2).getSubject().startsWith("Cancelled:"));
    }

    @Test
    void aRefusedBookingSendsNothing() {
        Booked first = book("Alex Morgan");
        String late = unique("late") + "@example.org";
        Map<String, Object> body = BookingRequests.body(first.therapistSlug, START);
        ((Map<String, Object>) body.get("client")).put("email", late);
        BookingRequests.book(body).statusCode(409);
        relay.drain();
        assertTrue(probe.to(late).isEmpty());
        assertTrue(MailFixtures.receivedBy(late).isEmpty());
    }

    @Test
    void lineBreaksInANameNeverReachAHeader() {
        Therapist therapist = therapist();
        String email = unique("crlf") + "@example.org";
        Map<String, Object> body = BookingRequests.body(therapist.slug, START);
        ((Map<String, Object>) body.get("client")).putAll(Map.of("name", "Eve\r\nBcc: all@example.org", "email", email));
        BookingRequests.book(body).statusCode(400).body("errors[0].field", equalTo("client.name"));
        assertTrue(probe.to(email).isEmpty());
    }

    @Test
    void anSmtpOutageDuringBookingLosesNothingAndSendsOnceWhenItEnds() throws Exception {
        SmtpTestResource.down();
        Booked booked = book("Alex Morgan");
        relay.drain();
        List<OutboxMessage> queued = probe.to(booked.clientEmail);
        assertEquals(1, queued.size());
        assertEquals(OutboxState.PENDING, queued.get(0).state);

        SmtpTestResource.up();
        clock.advance(Duration.ofHours(3));
        relay.drain();
        relay.drain();
        assertEquals(1, MailFixtures.receivedBy(booked.clientEmail).size());
        assertEquals(OutboxState.SENT, probe.to(booked.clientEmail).get(0).state);
    }

    @Test
    void theReminderGoesOnceADayBeforeWithoutTheManageLink() throws Exception {
        Booked booked = book("Alex Morgan");
        relay.drain();
        clock.set(START.minus(Duration.ofHours(25)));
        reminders.queueDue();
        assertEquals(0, remindersFor(booked), "not yet");

        clock.set(START.minus(Duration.ofHours(23)));
        reminders.queueDue();
        reminders.queueDue();
        assertEquals(1, remindersFor(booked));
        relay.drain();

        List<MimeMessage> inbox = MailFixtures.receivedBy(booked.clientEmail);
        assertEquals(2, inbox.size());
        MimeMessage reminder = inbox.get(1);
        assertTrue(reminder.getSubject().startsWith("Reminder: discovery call with 陈思"), reminder.getSubject());
        assertFalse(reminder.isMimeType("multipart/mixed"), "no second invitation");
        String text = textOf(reminder);
        assertTrue(text.contains("use the link in your confirmation email"), text);
        assertFalse(text.contains("/manage/"), text);
        assertTrue(text.contains("(America/Toronto, EST)"), text);
        assertTrue(MailFixtures.receivedBy(booked.therapistEmail).stream().noneMatch(m -> subject(m).startsWith("Reminder")));
    }

    @Test
    void aCancelledBookingGetsNoReminderAndAMovedOneLosesItsPendingReminder() {
        Booked cancelled = book("Alex Morgan");
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/bookings/manage/" + cancelled.token + "/cancel").then().statusCode(200);
        Booked moved = book("Sam Lee");
        clock.set(START.minus(Duration.ofHours(23)));
        reminders.queueDue();
        assertEquals(0, remindersFor(cancelled));
        assertEquals(1, remindersFor(moved));

        given().contentType(ContentType.JSON).body(Map.of("start", START.plus(Duration.ofHours(2)).toString()))
                .post("/api/bookings/manage/" + moved.token + "/reschedule").then().statusCode(200);
        assertEquals(OutboxState.WITHDRAWN, probe.one(moved.reference + "/client/reminder").state);
        reminders.queueDue();
        assertEquals(1, probe.byReference(moved.reference + "/client/reminder").size(),
                "moved inside the window: the reschedule notice is the reminder");
    }

    @Test
    void theInviteDownloadIsTheBookingAsTextCalendar() throws Exception {
        Booked booked = book("Zoë Brontë-Ngô");
        String ics = given().get("/api/bookings/manage/" + booked.token + "/invite.ics").then().statusCode(200)
                .contentType("text/calendar").header("Content-Disposition", "attachment; filename=\"invite.ics\"")
                .extract().asString();
        Calendar calendar = parse(ics);
        assertEquals("PUBLISH", value(calendar, "METHOD"));
        VEvent event = onlyEvent(calendar);
        assertEquals("booking-" + booked.reference.toLowerCase() + "@localhost", value(event, "UID"));
        assertTrue(value(event, "DESCRIPTION").contains(booked.manageUrl));

        given().get("/api/bookings/manage/" + "x".repeat(43) + "/invite.ics").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/bookings/manage/bad%0D%0Atoken/invite.ics").then().statusCode(404);
    }

    @Test
    void theFeedPublishesTheTherapistsCallsUntilItsTokenIsReplaced() throws Exception {
        Booked booked = book("Alex Morgan");
        Booked cancelled = book("Sam Lee", START.plus(Duration.ofMinutes(30)), booked.therapist);
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/bookings/manage/" + cancelled.token + "/cancel").then().statusCode(200);
        String url = feeds.rotate(booked.therapist.id);
        String path = url.substring(url.indexOf("/calendar/"));

        String ics = given().get(path).then().statusCode(200).contentType("text/calendar").extract().asString();
        Calendar feed = parse(ics);
        assertEquals("PUBLISH", value(feed, "METHOD"));
        List<VEvent> events = feed.getComponents("VEVENT");
        assertEquals(2, events.size());
        assertEquals("booking-" + booked.reference.toLowerCase() + "-therapist@localhost", value(events.get(0), "UID"));
        assertEquals("CANCELLED", value(events.get(1), "STATUS"));
        assertFalse(ics.contains("Looking for help"));

        feeds.rotate(booked.therapist.id);
        given().get(path).then().statusCode(404).contentType("application/problem+json");
        given().get("/calendar/not-a-token.ics").then().statusCode(404);
    }

    @Test
    void noTherapistAddressNoTherapistMail() {
        Therapist therapist = therapist();
        String email = unique("client") + "@example.org";
        Map<String, Object> body = BookingRequests.body(therapist.slug, START);
        ((Map<String, Object>) body.get("client")).put("email", email);
        String reference = BookingRequests.book(body).statusCode(201).extract().path("reference");
        List<OutboxMessage> rows = probe.all(reference);
        assertEquals(1, rows.size());
        assertEquals(email, rows.get(0).toAddress);
        assertNull(rows.get(0).lastError);
    }

    // --- helpers -------------------------------------------------------------------------------

    private record Booked(String reference, String token, String manageUrl, String clientEmail, String therapistEmail,
                          String therapistSlug, Therapist therapist) {
    }

    private Therapist therapist() {
        return fixtures.therapist("Asia/Shanghai", Fixtures.NO_LIMITS, "00:00", "23:59");
    }

    private Booked book(String clientName) {
        Therapist therapist = therapist();
        mail.contact(therapist, "陈思", unique("chen") + "@clinic.example");
        return book(clientName, START, therapist);
    }

    private Booked book(String clientName, Instant start, Therapist therapist) {
        String email = unique("client") + "@example.org";
        Map<String, Object> body = BookingRequests.body(therapist.slug, start);
        ((Map<String, Object>) body.get("client")).putAll(Map.of("name", clientName, "email", email));
        var answer = BookingRequests.book(body).statusCode(201).extract();
        return new Booked(answer.path("reference"), answer.path("manageToken"), answer.path("manageUrl"), email,
                therapist.email, therapist.slug, therapist);
    }

    private long remindersFor(Booked booked) {
        return probe.byReference(booked.reference + "/client/reminder").stream()
                .filter(row -> row.state != OutboxState.WITHDRAWN).count();
    }

    private static BodyPart calendarPart(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        return alternative.getBodyPart(alternative.getCount() - 1);
    }

    private static Calendar parseQuietly(MimeMessage message) {
        try {
            return parse(read(calendarPart(message)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mimeMethod(MimeMessage message) {
        try {
            return new jakarta.mail.internet.ContentType(calendarPart(message).getContentType()).getParameter("method");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s;
        }
        return (String) ((Multipart) content).getBodyPart(0).getContent();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Part part) throws Exception {
        try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
