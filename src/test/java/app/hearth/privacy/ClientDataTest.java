package app.hearth.privacy;

import app.hearth.mail.OutboxMessage;
import app.hearth.mail.OutboxRelay;
import app.hearth.support.IntakeFixtures;
import app.hearth.support.MailFixtures;
import app.hearth.support.OutboxProbe;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin exports and erases one client's data on their request; both are audited. */
@QuarkusTest
class ClientDataTest {

    @Inject
    IntakeFixtures fixtures;
    @Inject
    Tokens tokens;
    @Inject
    TestClock clock;
    @Inject
    MailFixtures mail;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxProbe outbox;

    private String submit(String slug, String email, String bookingToken) {
        Map<String, Object> answers = IntakeFixtures.adultAnswers(0);
        answers.put("email", email);
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        if (bookingToken != null) {
            body.put("bookingToken", bookingToken);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/intake/forms/" + slug + "/submissions")
                .then().statusCode(201).extract().path("reference");
    }

    @Test
    void exportHoldsTheClientsBookingsAndIntakesAndIsAudited() {
        String slug = fixtures.publishAdultIntake();
        String email = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String unlinked = submit(slug, email.toUpperCase(), null);
        String someoneElse = submit(slug, "other-" + email, null);
        String admin = tokens.admin();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/admin/clients/export").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("bookings", hasSize(0))
                .body("sections", org.hamcrest.Matchers.nullValue())
                .body("intakes.reference", equalTo(List.of(unlinked)))
                .body("intakes[0].answers.find { it.questionId == 'goals' }.answer", equalTo("Sleep through the night"));
        given().auth().oauth2(admin).queryParam("reference", unlinked).when().get("/api/admin/audit").then()
                .body("action", equalTo(List.of("EXPORT")));
        given().auth().oauth2(admin).queryParam("reference", someoneElse).when().get("/api/admin/audit").then()
                .body("", hasSize(0));
    }

    @Test
    void eraseRemovesIntakesAndAnonymisesPastBookingsButWaitsForUpcomingOnesToBeCancelled() {
        String slug = fixtures.publishAdultIntake();
        String email = "erase-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        IntakeFixtures.Booked booked = fixtures.book(email);
        String linked = submit(slug, "robin-" + UUID.randomUUID() + "@example.org", booked.manageToken());
        String admin = tokens.admin();

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/admin/clients/erase").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(booked.reference()));

        clock.advance(Duration.ofDays(2));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/admin/clients/erase").then().statusCode(200)
                .body("intakesDeleted", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("bookingsAnonymised", equalTo(1))
                .body("counts", org.hamcrest.Matchers.nullValue());
        assertEquals(0, fixtures.count("select count(s) from IntakeSubmission s where s.reference = ?1", linked));
        assertEquals(0, fixtures.count("select count(b) from Booking b where b.reference = ?1 and b.clientEmail = ?2",
                booked.reference(), email));
        given().auth().oauth2(admin).queryParam("reference", linked).when().get("/api/admin/audit").then()
                .body("action", equalTo(List.of("ERASE")));
        given().auth().oauth2(tokens.therapist(booked.therapist())).when().get("/api/me/intakes/" + linked)
                .then().statusCode(404);
    }

    @Test
    void eraseDeletesTheMailToTheClientAndTheTherapistsCopyAboutThemWithTheirFiles() throws Exception {
        String email = "mailed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        IntakeFixtures.Booked booked = fixtures.book(email);
        mail.contact(booked.therapist(), "Dr. Ada Park", "ada-" + UUID.randomUUID() + "@example.org");
        // a reschedule mails both: the client, and the therapist (whose copy is not addressed to the client)
        IntakeFixtures.Booked other = fixtures.book("bystander-" + UUID.randomUUID() + "@example.org");
        given().contentType(ContentType.JSON).body(Map.of("start", "2026-12-01T16:00:00Z"))
                .when().post("/api/bookings/manage/" + booked.manageToken() + "/reschedule").then().statusCode(200);
        relay.drain();
        List<OutboxMessage> sent = outbox.all(booked.reference());
        assertTrue(sent.stream().anyMatch(m -> !m.toAddress.equals(email)), "the therapist was mailed too");
        List<Path> files = new ArrayList<>();
        for (OutboxMessage m : sent) {
            files.add(outbox.droppedFile(m.messageId).orElseThrow());
        }

        clock.advance(Duration.ofDays(2));
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase()))
                .when().post("/api/admin/clients/erase").then().statusCode(200)
                .body("mailsDeleted", equalTo(sent.size()));

        assertEquals(List.of(), outbox.all(booked.reference()));
        for (Path file : files) {
            assertFalse(Files.exists(file), "dropped file deleted: " + file.getFileName());
        }
        assertFalse(outbox.all(other.reference()).isEmpty(), "another client's mail stays");
    }

    @Test
    void theAddressMustBeAnAddress() {
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", "nobody\r\n"))
                .when().post("/api/admin/clients/export").then().statusCode(400)
                .body("errors.field", equalTo(List.of("email")));
    }
}
