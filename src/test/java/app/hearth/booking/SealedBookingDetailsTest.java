package app.hearth.booking;

import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import app.hearth.seal.Binding;
import app.hearth.seal.Sealer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A booking's phone and message are stored only sealed to their booking, and every reader still shows them. */
@QuarkusTest
class SealedBookingDetailsTest {

    private static final Instant TUESDAY_NINE = Instant.parse("2026-12-01T14:00:00Z");
    private static final String MESSAGE = "Panic attacks since the move, hard to sleep.";
    private static final String PHONE = "+1 416 555 0199";

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;
    @Inject
    EntityManager em;
    @Inject
    BookingReseal reseal;
    @Inject
    Sealer sealer;
    @ConfigProperty(name = "hearth.intake.previous-keys")
    String oldKey;

    private Therapist therapist;
    private String email;

    @BeforeEach
    void setUp() {
        therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        email = "sealed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Books and answers the manage token; the reference is read back from the row. */
    private Booked book(Instant start) {
        Map<String, Object> body = BookingRequests.body(therapist.slug, start);
        body.put("message", MESSAGE);
        @SuppressWarnings("unchecked")
        Map<String, Object> client = (Map<String, Object>) body.get("client");
        client.put("phone", PHONE);
        client.put("email", email);
        var created = BookingRequests.book(body).statusCode(201).extract();
        return new Booked(created.path("reference"), created.path("manageToken"));
    }

    private record Booked(String reference, String token) {
    }

    private Object[] row(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select client_phone, message, client_phone_sealed, message_sealed, client_email_index"
                                + " from booking where reference = ?1")
                .setParameter(1, reference).getSingleResult());
    }

    private void update(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            assertEquals(1, query.executeUpdate());
        });
    }

    @Test
    void theRowHoldsNoPlaintextPhoneOrMessageYetEveryReaderShowsThem() {
        Booked booked = book(TUESDAY_NINE);
        Object[] row = row(booked.reference());
        assertNull(row[0], "no plaintext phone");
        assertNull(row[1], "no plaintext message");
        assertFalse(row[2].toString().contains("555"), "phone is sealed");
        assertFalse(row[3].toString().contains("Panic"), "message is sealed");
        assertFalse(row[4].toString().contains("example"), "the address is found by a keyed fingerprint");

        given().when().get("/api/bookings/manage/" + booked.token()).then().statusCode(200)
                .body("message", equalTo(MESSAGE))
                .body("client.phone", equalTo(PHONE))
                .body("detailsUnreadable", nullValue());
        given().auth().oauth2(tokens.therapist(therapist)).when().get("/api/me/bookings").then().statusCode(200)
                .body("find { it.reference == '" + booked.reference() + "' }.message", equalTo(MESSAGE))
                .body("find { it.reference == '" + booked.reference() + "' }.client.phone", equalTo(PHONE));
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase()))
                .when().post("/api/admin/clients/export").then().statusCode(200)
                .body("bookings.reference", equalTo(List.of(booked.reference())))
                .body("bookings[0].message", equalTo(MESSAGE))
                .body("bookings[0].clientPhone", equalTo(PHONE));
    }

    @Test
    void aSealedMessageCopiedToAnotherBookingDoesNotOpenAndTheBookingIsStillShown() {
        Booked source = book(TUESDAY_NINE);
        Booked target = book(TUESDAY_NINE.plus(Duration.ofDays(1)));
        Object[] sealed = row(source.reference());
        update("update booking set client_phone_sealed = ?1, message_sealed = ?2 where reference = ?3",
                sealed[2], sealed[3], target.reference());

        given().when().get("/api/bookings/manage/" + target.token()).then().statusCode(200)
                .body("reference", equalTo(target.reference()))
                .body("message", nullValue())
                .body("client.phone", nullValue())
                .body("detailsUnreadable", equalTo(true));
        given().auth().oauth2(tokens.therapist(therapist)).when().get("/api/me/bookings").then().statusCode(200)
                .body("find { it.reference == '" + target.reference() + "' }.detailsUnreadable", equalTo(true))
                .body("find { it.reference == '" + source.reference() + "' }.message", equalTo(MESSAGE));
    }

    @Test
    void aPlaintextRowFromBeforeSealingIsSealedAndClearedByTheStartUpStep() {
        Booked booked = book(TUESDAY_NINE);
        update("update booking set details_key_id = null, client_phone_sealed = null, message_sealed = null,"
                + " client_email_index = null, client_phone = ?1, message = ?2 where reference = ?3",
                "+1 416 555 0123", "Written before sealing", booked.reference());
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/admin/clients/export").then().statusCode(200)
                .body("bookings[0].message", equalTo("Written before sealing"));

        reseal.resealAll();

        Object[] row = row(booked.reference());
        assertNull(row[0], "plaintext phone cleared");
        assertNull(row[1], "plaintext message cleared");
        assertNotNull(row[2]);
        assertFalse(row[3].toString().contains("before"), "message is sealed");
        assertNotNull(row[4], "the address has its fingerprint");
        given().when().get("/api/bookings/manage/" + booked.token()).then().statusCode(200)
                .body("message", equalTo("Written before sealing"))
                .body("client.phone", equalTo("+1 416 555 0123"));
        assertEquals(0, reseal.resealAll(), "a second run finds nothing left to seal");
    }

    @Test
    void afterAKeyRotationAMessageSealedWithTheOlderKeyStillOpensAndIsMovedToTheCurrentKey() {
        Booked booked = book(TUESDAY_NINE);
        Sealer before = Sealer.ofBase64(oldKey, List.of());
        // as if the older key (now among HEARTH_INTAKE_PREVIOUS_KEYS) had sealed this booking
        update("update booking set details_key_id = ?1, client_phone_sealed = ?2, message_sealed = ?3"
                + " where reference = ?4", before.currentKeyId(),
                before.seal(PHONE.getBytes(StandardCharsets.UTF_8), Binding.of("booking-phone", booked.reference()))
                        .payload(),
                before.seal(MESSAGE.getBytes(StandardCharsets.UTF_8), Binding.of("booking-message", booked.reference()))
                        .payload(), booked.reference());
        given().when().get("/api/bookings/manage/" + booked.token()).then().statusCode(200)
                .body("message", equalTo(MESSAGE));

        given().auth().oauth2(tokens.admin()).when().post("/api/admin/intake-keys/re-encrypt").then().statusCode(200)
                .body("remaining", equalTo(0));
        String keyId = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select details_key_id from booking where reference = ?1").setParameter(1, booked.reference())
                .getSingleResult());
        assertEquals(sealer.currentKeyId(), keyId);
        given().when().get("/api/bookings/manage/" + booked.token()).then().statusCode(200)
                .body("message", equalTo(MESSAGE))
                .body("client.phone", equalTo(PHONE));
    }
}
