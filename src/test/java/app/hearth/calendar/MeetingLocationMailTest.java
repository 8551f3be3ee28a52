package app.hearth.calendar;

import app.hearth.mail.OutboxRelay;
import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.IntakeFixtures;
import app.hearth.support.MailFixtures;
import app.hearth.support.SmtpProfile;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.hearth.calendar.InvitationFactoryTest.onlyEvent;
import static app.hearth.calendar.InvitationFactoryTest.parse;
import static app.hearth.calendar.InvitationFactoryTest.value;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each way a call can happen, end to end through a real SMTP server: the therapist sets it through /api/me/meeting,
 * a client books, and the answer, both mails and both invitations carry it (parsed back with iCal4j); a move keeps
 * or renews a generated room as the therapist chose; a late change reaches upcoming calls only when asked.
 */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class MeetingLocationMailTest {

    /** Tuesday 1 December 2026, 10:00 in Toronto. */
    private static final Instant START = Instant.parse("2026-12-01T15:00:00Z");
    private static final String ADDRESS = "12 Maple Grove Road, Toronto ON M4W 1A1";

    @Inject
    Fixtures fixtures;
    @Inject
    MailFixtures mail;
    @Inject
    IntakeFixtures intake;
    @Inject
    Tokens tokens;
    @Inject
    OutboxRelay relay;
    @Inject
    BookingReminders reminders;
    @Inject
    TestClock clock;

    @Test
    void aPhoneCallIsNamedEverywhereAndTheNumberIsKeptInE164() throws Exception {
        Setup s = setup(Map.of("kind", "PHONE"));
        ExtractableResponse<Response> booked = book(s, "(416) 967-1111", START).statusCode(201)
                .body("location.kind", equalTo("PHONE")).body("location.url", nullValue())
                .body("intakeUrl", startsWith("http://localhost:8080/intake/" + s.form + "?booking=HB-")).extract();
        given().header(s.auth()).get("/api/me/bookings?from=2026-12-01&to=2026-12-01").then().statusCode(200)
                .body("client.phone", hasItem("+14169671111")).body("location.kind", hasItem("PHONE"));
        relay.drain();

        MimeMessage toClient = only(s.clientEmail);
        assertTrue(textOf(toClient).contains("How: " + s.therapist.name + " will phone you at the number you gave."));
        assertTrue(textOf(toClient).contains(booked.path("intakeUrl").toString()), "the confirmation invites to intake");
        VEvent event = onlyEvent(invitation(toClient));
        assertEquals("Phone call", value(event, "LOCATION"));
        assertTrue(event.getProperty("URL").isEmpty() && event.getProperty("CONFERENCE").isEmpty());
        VEvent therapistEvent = onlyEvent(invitation(only(s.therapist.email)));
        assertEquals("Phone call", value(therapistEvent, "LOCATION"));
        assertFalse(value(therapistEvent, "DESCRIPTION").contains("+14169671111"), "no phone number in calendars");
    }

    @Test
    void aFixedRoomGoesToLocationUrlAndConference() throws Exception {
        String room = "https://whereby.example/dr-room";
        Setup s = setup(Map.of("kind", "VIDEO_FIXED", "url", room));
        book(s, null, START).statusCode(201).body("location.kind", equalTo("VIDEO_FIXED"))
                .body("location.url", equalTo(room));
        relay.drain();
        assertVideoInvitation(only(s.clientEmail), room);
        assertVideoInvitation(only(s.therapist.email), room);
        assertTrue(textOf(only(s.clientEmail)).contains("join at " + room));
    }

    @Test
    void aGeneratedRoomIsUnguessableKeptOnAMoveUnlessTheTherapistRenewsIt() throws Exception {
        Setup keeps = setup(Map.of("kind", "VIDEO_GENERATED", "renewRoomOnReschedule", false));
        ExtractableResponse<Response> booked = book(keeps, null, START).statusCode(201).extract();
        String room = booked.path("location.url");
        assertTrue(room.matches("https://meet\\.jit\\.si/Hearth-[a-z2-7]{26}"), room);
        String moved = reschedule(booked.path("manageToken"), START.plus(Duration.ofHours(1)));
        assertEquals(room, moved, "the client keeps the room they were given");

        Setup renews = setup(Map.of("kind", "VIDEO_GENERATED", "renewRoomOnReschedule", true));
        ExtractableResponse<Response> other = book(renews, null, START).statusCode(201).extract();
        String first = other.path("location.url");
        String renewed = reschedule(other.path("manageToken"), START.plus(Duration.ofHours(1)));
        assertNotEquals(first, renewed);
        relay.drain();
        List<MimeMessage> inbox = MailFixtures.receivedBy(renews.clientEmail);
        assertEquals(2, inbox.size());
        VEvent update = onlyEvent(invitation(inbox.get(1)));
        assertEquals("1", value(update, "SEQUENCE"));
        assertVideoInvitation(inbox.get(1), renewed);
    }

    @Test
    void inPersonCallsCarryThePracticesAddress() throws Exception {
        Setup s = setup(Map.of("kind", "IN_PERSON"));
        book(s, null, START).statusCode(201).body("location.kind", equalTo("IN_PERSON"))
                .body("location.address", equalTo(ADDRESS));
        relay.drain();
        assertEquals(ADDRESS, value(onlyEvent(invitation(only(s.clientEmail))), "LOCATION"));
        assertTrue(textOf(only(s.clientEmail)).contains("In person at " + ADDRESS));
    }

    @Test
    void movingUpcomingCallsToANewPlaceSendsUpdatedInvitationsOnlyWhenAsked() throws Exception {
        Setup s = setup(Map.of("kind", "PHONE"));
        String token = book(s, "+1 416 967 1111", START).statusCode(201).extract().path("manageToken");
        relay.drain();
        String room = "https://whereby.example/new-room";
        putMeeting(s, Map.of("kind", "VIDEO_FIXED", "url", room)).statusCode(200).body("kind", equalTo("VIDEO_FIXED"));
        given().get("/api/bookings/manage/" + token).then().body("location.kind", equalTo("PHONE"));
        putMeeting(s, Map.of("kind", "VIDEO_FIXED", "url", room, "applyToUpcoming", true)).statusCode(200)
                .body("upcomingUpdated", equalTo(1));
        given().get("/api/bookings/manage/" + token).then().body("location.url", equalTo(room));
        relay.drain();
        List<MimeMessage> inbox = MailFixtures.receivedBy(s.clientEmail);
        assertEquals(2, inbox.size());
        assertTrue(inbox.get(1).getSubject().startsWith("Updated: how your discovery call"));
        Calendar update = invitation(inbox.get(1));
        assertEquals("REQUEST", update.getProperty("METHOD").map(Property::getValue).orElseThrow());
        assertEquals("1", value(onlyEvent(update), "SEQUENCE"));
        assertVideoInvitation(inbox.get(1), room);
    }

    @Test
    void badMeetingSettingsAndPhoneNumbersAreRefusedAndChangeNothing() {
        Setup s = setup(Map.of("kind", "PHONE"));
        putMeeting(s, Map.of("kind", "VIDEO_FIXED", "url", "http://insecure.example/room")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("url"));
        putMeeting(s, Map.of("kind", "VIDEO_FIXED", "url", "https://me:pw@video.example/room")).statusCode(400)
                .body("errors.field", hasItem("url"));
        putMeeting(s, Map.of("kind", "TELEPATHY")).statusCode(400).body("errors.field", hasItem("kind"));
        putMeeting(s, Map.of("kind", "PHONE", "intakeForm", "no-such-form")).statusCode(400)
                .body("errors.field", hasItem("intakeForm"));
        given().header(s.auth()).get("/api/me/meeting").then().statusCode(200).body("kind", equalTo("PHONE"))
                .body("intakeForm", equalTo(s.form));

        book(s, null, START).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("client.phone"));
        book(s, "12345", START).statusCode(400).body("errors.field", hasItem("client.phone"));
        book(s, "020 7946 0000", START).statusCode(400).body("errors.field", hasItem("client.phone"));
        assertEquals(0, fixtures.activeBookings(s.therapist));
    }

    @Test
    void anExpiredManageLinkAnswers410AndThePageOffersANewBooking() {
        Setup s = setup(Map.of("kind", "VIDEO_GENERATED"));
        String token = book(s, null, START).statusCode(201).extract().path("manageToken");
        clock.set(START.plus(Duration.ofMinutes(15)).plus(Duration.ofDays(30)).minusSeconds(60));
        given().get("/api/bookings/manage/" + token).then().statusCode(200);
        clock.set(START.plus(Duration.ofDays(31)));
        given().get("/api/bookings/manage/" + token).then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("/problems/manage-link-expired"));
        given().get("/api/bookings/manage/" + token + "/invite.ics").then().statusCode(410);
        String page = given().accept("text/html").get("/manage/" + token).then().statusCode(410).extract().asString();
        assertTrue(page.contains("This booking link has expired") && page.contains("href=\"/book\""), page);
    }

    @Test
    void theReminderNudgesToIntakeOnceAndSaysNothingOnceItIsSent() throws Exception {
        Setup s = setup(Map.of("kind", "VIDEO_GENERATED"));
        String intakeUrl = book(s, null, START).statusCode(201).extract().path("intakeUrl");
        Setup done = setup(Map.of("kind", "VIDEO_GENERATED"));
        ExtractableResponse<Response> second = book(done, null, START).statusCode(201).extract();
        String linked = second.path("intakeUrl");
        String bookingToken = java.net.URLDecoder.decode(linked.substring(linked.indexOf('=') + 1), StandardCharsets.UTF_8);
        Map<String, Object> submission = new HashMap<>();
        submission.put("answers", IntakeFixtures.adultAnswers(0));
        submission.put("bookingToken", bookingToken);
        given().contentType(ContentType.JSON).body(submission).post("/api/intake/forms/" + done.form + "/submissions")
                .then().statusCode(201);
        given().get("/api/bookings/manage/" + second.path("manageToken")).then()
                .body("intakeUrl", nullValue()).body("intakeDone", equalTo(true));
        given().contentType(ContentType.JSON).body(submission).post("/api/intake/forms/" + done.form + "/submissions")
                .then().statusCode(400).body("errors.field", hasItem("bookingToken"));

        clock.set(START.minus(Duration.ofHours(23)));
        reminders.queueDue();
        relay.drain();
        MimeMessage nudged = MailFixtures.receivedBy(s.clientEmail).get(1);
        assertTrue(nudged.getSubject().startsWith("Reminder"));
        assertTrue(textOf(nudged).contains(intakeUrl), "the reminder nudges to the intake form");
        MimeMessage quiet = MailFixtures.receivedBy(done.clientEmail).get(1);
        assertTrue(quiet.getSubject().startsWith("Reminder"));
        assertFalse(textOf(quiet).contains("/intake/"), "nothing about intake once it was sent");
    }

    @Test
    void aCancelledBookingsIntakeLinkAnswersPlainly() {
        Setup s = setup(Map.of("kind", "VIDEO_GENERATED"));
        ExtractableResponse<Response> booked = book(s, null, START).statusCode(201).extract();
        String intakeUrl = booked.path("intakeUrl");
        String path = intakeUrl.substring("http://localhost:8080".length());
        given().accept("text/html").get(path).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/bookings/manage/" + booked.path("manageToken")
                + "/cancel").then().statusCode(200).body("intakeUrl", nullValue());
        String page = given().accept("text/html").get(path).then().statusCode(410).extract().asString();
        assertTrue(page.contains("This call was cancelled"), page);
        String token = java.net.URLDecoder.decode(path.substring(path.indexOf('=') + 1), StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).body(Map.of("answers", IntakeFixtures.adultAnswers(0), "bookingToken", token))
                .post("/api/intake/forms/" + s.form + "/submissions").then().statusCode(400)
                .body("errors.field", hasItem("bookingToken"));
    }

    // --- helpers -------------------------------------------------------------------------------

    private record Setup(Therapist therapist, String token, String form, String clientEmail) {
        io.restassured.http.Header auth() {
            return new io.restassured.http.Header("Authorization", "Bearer " + token);
        }
    }

    private Setup setup(Map<String, Object> meeting) {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "00:00", "23:59");
        mail.contact(therapist, "Dr Zoë Ólafsdóttir", unique("dr") + "@clinic.example");
        String form = intake.publishAdultIntake();
        Setup setup = new Setup(therapist, tokens.therapist(therapist), form, unique("client") + "@example.org");
        Map<String, Object> body = new HashMap<>(meeting);
        body.put("intakeForm", form);
        putMeeting(setup, body).statusCode(200);
        return setup;
    }

    private io.restassured.response.ValidatableResponse putMeeting(Setup s, Map<String, Object> body) {
        Map<String, Object> sent = new HashMap<>(body);
        sent.putIfAbsent("intakeForm", s.form);
        return given().header(s.auth()).contentType(ContentType.JSON).body(sent).put("/api/me/meeting").then();
    }

    @SuppressWarnings("unchecked")
    private io.restassured.response.ValidatableResponse book(Setup s, String phone, Instant start) {
        Map<String, Object> body = BookingRequests.body(s.therapist.slug, start);
        Map<String, Object> client = (Map<String, Object>) body.get("client");
        client.put("email", s.clientEmail);
        client.put("phone", phone);
        return BookingRequests.book(body);
    }

    private static String reschedule(String token, Instant start) {
        return given().contentType(ContentType.JSON).body(Map.of("start", start.toString()))
                .post("/api/bookings/manage/" + token + "/reschedule").then().statusCode(200)
                .extract().path("location.url");
    }

    private static void assertVideoInvitation(MimeMessage message, String room) throws Exception {
        VEvent event = onlyEvent(invitation(message));
        assertEquals(room, value(event, "LOCATION"));
        assertEquals(room, value(event, "URL"));
        Property conference = event.getProperty("CONFERENCE").orElseThrow();
        assertEquals(room, conference.getValue());
        assertEquals("URI", conference.getParameter("VALUE").orElseThrow().getValue());
        assertTrue(conference.getParameter("FEATURE").orElseThrow().getValue().contains("VIDEO"));
    }

    private static MimeMessage only(String address) {
        List<MimeMessage> inbox = MailFixtures.receivedBy(address);
        assertEquals(1, inbox.size(), "messages to " + address);
        return inbox.get(0);
    }

    private static Calendar invitation(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        BodyPart calendar = alternative.getBodyPart(alternative.getCount() - 1);
        assertNotNull(calendar);
        try (InputStream in = calendar.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return parse(out.toString(StandardCharsets.UTF_8));
        }
    }

    private static String textOf(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s;
        }
        Multipart mixed = (Multipart) content;
        Object first = mixed.getBodyPart(0).getContent();
        if (first instanceof Multipart alternative) {
            return (String) alternative.getBodyPart(0).getContent();
        }
        return (String) first;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
