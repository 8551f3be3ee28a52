package app.hearth.auth;

import app.hearth.support.StaffAccounts;
import app.hearth.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin sees in the audit log who signed in, who was refused and why, by account, never a password. */
@QuarkusTest
class AccountAuditTest {

    @Inject
    StaffAccounts accounts;
    @Inject
    Tokens tokens;

    @Test
    void aRefusedAndThenASuccessfulSignInAreOnRecordUnderTheAccount() {
        User therapist = accounts.therapistLogin();
        given().contentType(ContentType.JSON).body(Map.of("email", therapist.email, "password", "not the password at all"))
                .when().post("/api/auth/login").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("email", therapist.email, "password", Tokens.PASSWORD))
                .when().post("/api/auth/login").then().statusCode(200);

        String log = given().auth().oauth2(tokens.admin()).when().get("/api/admin/audit?size=500")
                .then().statusCode(200).extract().asString();
        List<Map<String, Object>> lines = JsonPath.from(log).getList("findAll { it.actor == '" + therapist.email + "' }");
        assertEquals(List.of("SIGN_IN", "SIGN_IN_REFUSED"), lines.stream().map(l -> l.get("action")).toList(),
                "newest first: the refusal, then the sign-in");
        assertEquals("wrong password", lines.get(1).get("detail"));
        assertFalse(log.contains("not the password at all"), "the log never holds a password");
        assertTrue(log.contains(therapist.email), "the actor is shown by the account's address");
    }
}
