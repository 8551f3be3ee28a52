package app.hearth.calendarsync;

import app.hearth.seal.Binding;
import app.hearth.seal.Sealed;
import app.hearth.seal.Sealer;
import app.hearth.support.Fixtures;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After a key rotation the admin's re-encryption moves calendar secrets to the new key, and the calendar still reads. */
@QuarkusTest
class CalendarSecretsResealTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;
    @Inject
    Sealer sealer;
    @ConfigProperty(name = "hearth.intake.previous-keys")
    String oldKey;

    @Test
    void aConnectionSealedWithTheOldKeyIsResealedAndStillSyncs() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        String token = tokens.therapist(t);
        try (IcsServer server = new IcsServer(IcsSubscriptionTest.WEEKLY)) {
            Number id = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("kind", "ics", "url", server.url())).post("/api/me/calendars")
                    .then().statusCode(201).extract().path("id");
            Sealer before = Sealer.ofBase64(oldKey, List.of());
            // as if the connection had been made before the rotation, when the old key was the current one
            QuarkusTransaction.requiringNew().run(() -> {
                CalendarConnection c = CalendarConnection.findById(id.longValue());
                Sealed old = before.seal(server.url().getBytes(StandardCharsets.UTF_8),
                        Binding.of("calendar_connection", c.id, "address"));
                c.addressSealed = old.keyId() + ":" + old.payload();
            });
            assertFalse(stored(id).startsWith(sealer.currentKeyId() + ":"));

            given().auth().oauth2(tokens.admin()).post("/api/admin/intake-keys/re-encrypt").then().statusCode(200)
                    .body("remaining", equalTo(0));
            assertTrue(stored(id).startsWith(sealer.currentKeyId() + ":"), "the address is sealed with the current key");
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() ->
                    CalendarConnection.count("addressSealed like ?1", before.currentKeyId() + ":%")));

            given().auth().oauth2(token).post("/api/me/calendars/" + id + "/sync").then().statusCode(200)
                    .body("state", equalTo("OK"));
            assertEquals(List.of("09:30", "09:45"), IcsSubscriptionTest.times(t, "2026-12-07"),
                    "the resealed address still opens and the calendar's busy time still counts");
        }
    }

    private static String stored(Number id) {
        return QuarkusTransaction.requiringNew().call(() ->
                CalendarConnection.<CalendarConnection>findById(id.longValue()).addressSealed);
    }
}
