package app.hearth.intake;

import app.hearth.auth.User;
import app.hearth.mail.OutboxRelay;
import app.hearth.support.IntakeFixtures;
import app.hearth.support.MailFixtures;
import app.hearth.support.SmtpProfile;
import app.hearth.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A submission tells the linked therapist (or the admins) by mail, through a real SMTP server, with no answers. */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class IntakeNotificationTest {

    @Inject
    IntakeFixtures fixtures;
    @Inject
    MailFixtures mail;
    @Inject
    OutboxRelay relay;
    @Inject
    Tokens tokens;

    private String submit(String slug, int phq9Item9, String bookingToken) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", IntakeFixtures.adultAnswers(phq9Item9));
        if (bookingToken != null) {
            body.put("bookingToken", bookingToken);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/intake/forms/" + slug + "/submissions")
                .then().statusCode(201).extract().path("reference");
    }

    private static List<MimeMessage> about(String address, String reference) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : MailFixtures.receivedBy(address)) {
            if (m.getSubject().contains(reference)) {
                found.add(m);
            }
        }
        return found;
    }

    private static void assertNoAnswers(MimeMessage message) throws Exception {
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        message.writeTo(raw);
        String whole = raw.toString(java.nio.charset.StandardCharsets.UTF_8);
        for (String secret : List.of("Quokka", "Robin", "Tremblay", "sleeplessness", "Sleep through", "PHQ")) {
            assertFalse(whole.contains(secret), "the mail must not carry " + secret);
        }
    }

    @Test
    void anUrgentSubmissionMailsTheLinkedTherapistThatItNeedsAttention() throws Exception {
        String slug = fixtures.publishAdultIntake();
        IntakeFixtures.Booked booked = fixtures.book();
        String address = "therapist-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mail.contact(booked.therapist(), "Dr Test", address);
        String reference = submit(slug, 2, booked.manageToken());
        relay.drain();

        List<MimeMessage> received = about(address, reference);
        assertEquals(1, received.size());
        MimeMessage message = received.get(0);
        assertEquals("New intake " + reference, message.getSubject(), "a lock screen learns nothing of the urgency");
        String text = message.getContent().toString();
        assertTrue(text.contains("/staff/intakes/" + reference), text);
        assertTrue(text.startsWith("A new intake form was submitted to "), "a lock screen's preview learns nothing either");
        assertTrue(text.contains("prompt review"), text);
        assertNoAnswers(message);
    }

    @Test
    void anUnlinkedSubmissionGoesToTheAdmins() throws Exception {
        String slug = fixtures.publishAdultIntake();
        User admin = tokens.adminUser();
        String reference = submit(slug, 0, null);
        relay.drain();
        List<MimeMessage> received = about(admin.email, reference);
        assertEquals(1, received.size());
        assertEquals("New intake " + reference, received.get(0).getSubject());
        assertNoAnswers(received.get(0));
    }
}
