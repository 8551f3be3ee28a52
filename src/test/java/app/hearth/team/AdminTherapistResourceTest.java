package app.hearth.team;

import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.StaffAccounts;
import app.hearth.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AdminTherapistResourceTest {

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;

    private String admin;

    @BeforeEach
    void setUp() {
        admin = tokens.admin();
    }

    private RequestSpecification asAdmin() {
        return given().auth().oauth2(admin).contentType(ContentType.JSON);
    }

    private static Map<String, Object> profile(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", "Jordan Lee");
        body.put("pronouns", "they/them");
        body.put("timezone", "America/Toronto");
        body.put("email", slug + "@practice.example");
        body.put("specialties", List.of("Anxiety"));
        body.put("languages", List.of("English"));
        body.put("bookingPolicy", Map.of("bufferBeforeMinutes", 0, "bufferAfterMinutes", 0, "minimumNoticeHours", 0,
                "horizonDays", 90, "maxPerDay", 8));
        return body;
    }

    private static String slug() {
        return "jl-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Integer create(String slug) {
        return asAdmin().body(profile(slug)).when().post("/api/admin/therapists").then().statusCode(201)
                .body("slug", equalTo(slug)).body("active", equalTo(true))
                .body("email", equalTo(slug + "@practice.example")).extract().path("id");
    }

    private static String signIn(String email, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100." + (email.hashCode() & 0x7f))
                .body(Map.of("email", email, "password", password))
                .when().post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    @Test
    void anAdminAddsATherapistWhoCanSignInAndSetHours() {
        String slug = slug();
        Integer id = create(slug);
        given().when().get("/api/therapists/" + slug).then().statusCode(200).body("name", equalTo("Jordan Lee"));
        String email = slug + "@example.org";
        accounts.invitedLogin(slug, email, "a long enough secret");
        String token = signIn(email.toUpperCase(), "a long enough secret");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("timezone", "America/Toronto", "rules", List.of(Map.of("day", "TUESDAY", "start", "10:00", "end", "11:00"))))
                .when().put("/api/me/schedule").then().statusCode(200);
        given().queryParam("therapist", slug).queryParam("from", "2026-12-01").queryParam("to", "2026-12-01")
                .when().get("/api/slots").then().statusCode(200).body("slots[0].localTime", equalTo("10:00"));
        asAdmin().when().get("/api/admin/therapists").then().statusCode(200)
                .body("find { it.slug == '" + slug + "' }.loginEmail", equalTo(email));
    }

    @Test
    void aTakenSlugOrEmailIsAConflict() {
        String slug = slug();
        Integer id = create(slug);
        asAdmin().body(profile(slug)).when().post("/api/admin/therapists").then().statusCode(409)
                .contentType("application/problem+json");
        String other = slug();
        create(other);
        String email = slug + "@example.org";
        accounts.invitedLogin(slug, email, "a long enough secret");
        accounts.invite(other, email.toUpperCase()).statusCode(409).contentType("application/problem+json");
        accounts.invite(slug, "second-" + email).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void noAdminSetsAPasswordThePersonChoosesIt() {
        String slug = slug();
        Integer id = create(slug);
        asAdmin().body(Map.of("email", slug + "@example.org", "password", "an admin's choice")).when()
                .put("/api/admin/therapists/" + id + "/login").then().statusCode(405);
        String email = "chosen-" + id + "@example.org";
        accounts.invitedLogin(slug, email, "the person's own choice");
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.200")
                .body(Map.of("email", email, "password", "an admin's choice"))
                .when().post("/api/auth/login").then().statusCode(401);
        signIn(email, "the person's own choice");
    }

    @Test
    void aDisabledLoginsTokenStopsWorkingAtOnce() {
        String slug = slug();
        Integer id = create(slug);
        String email = "disabled-" + id + "@example.org";
        accounts.invitedLogin(slug, email, "a long enough secret");
        String token = signIn(email, "a long enough secret");
        given().auth().oauth2(token).when().get("/api/me/schedule").then().statusCode(200);
        asAdmin().when().delete("/api/admin/therapists/" + id + "/login").then().statusCode(204);
        given().auth().oauth2(token).when().get("/api/me/schedule").then().statusCode(401)
                .contentType("application/problem+json");
        asAdmin().when().get("/api/admin/therapists/" + id).then().body("loginEmail", nullValue());
    }

    @Test
    void aDeactivatedTherapistTakesNoNewBookingsButKeepsTheOldOnes() {
        String slug = slug();
        Integer id = create(slug);
        // give the new therapist Tuesday hours through their own login
        String email = slug + "@example.org";
        accounts.invitedLogin(slug, email, "a long enough secret");
        String token = signIn(email, "a long enough secret");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("timezone", "America/Toronto", "rules", List.of(Map.of("day", "TUESDAY", "start", "09:00", "end", "12:00"))))
                .when().put("/api/me/schedule").then().statusCode(200);
        String reference = BookingRequests.book(BookingRequests.body(slug, Instant.parse("2026-12-01T14:00:00Z")))
                .statusCode(201).extract().path("reference");

        asAdmin().when().post("/api/admin/therapists/" + id + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));
        given().when().get("/api/therapists/" + slug).then().statusCode(404);
        BookingRequests.book(BookingRequests.body(slug, Instant.parse("2026-12-01T15:00:00Z"))).statusCode(400);
        given().auth().oauth2(token).when().get("/api/me/bookings").then().statusCode(200)
                .body("find { it.reference == '" + reference + "' }.status", equalTo("CONFIRMED"));

        asAdmin().when().post("/api/admin/therapists/" + id + "/activate").then().statusCode(200)
                .body("active", equalTo(true));
        given().when().get("/api/therapists/" + slug).then().statusCode(200);
    }

    @Test
    void updatesReplaceTheProfile() {
        String slug = slug();
        Integer id = create(slug);
        Map<String, Object> changed = profile(slug);
        changed.put("name", "Jordan Lee-Park");
        changed.put("acceptingNewClients", false);
        asAdmin().body(changed).when().put("/api/admin/therapists/" + id).then().statusCode(200)
                .body("name", equalTo("Jordan Lee-Park")).body("acceptingNewClients", equalTo(false));
        given().when().get("/api/therapists/" + slug).then().body("name", equalTo("Jordan Lee-Park"));
        asAdmin().when().get("/api/admin/therapists").then().body("slug", hasItem(slug));
    }

    @Test
    void badProfilesAndLoginsAreRefusedFieldByField() {
        Map<String, Object> bad = profile("Not A Slug");
        bad.put("name", "Evil\r\nBcc: someone");
        bad.put("timezone", "EST");
        bad.put("email", "jordan@example.org\r\nBcc: someone@example.org");
        asAdmin().body(bad).when().post("/api/admin/therapists").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "slug", "timezone", "email"));
        String slug = slug();
        create(slug);
        accounts.invite(slug, "not an email").statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("email"));
        asAdmin().when().get("/api/admin/therapists/999999999").then().statusCode(404);
    }
}
