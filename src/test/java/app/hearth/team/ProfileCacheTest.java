package app.hearth.team;

import app.hearth.support.LongCacheProfile;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static app.hearth.team.ProfilePagesTest.PAGE;
import static app.hearth.team.ProfilePagesTest.profile;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** With free-slot answers kept for a minute, a name saved on the profile page still shows in them at once. */
@QuarkusTest
@TestProfile(LongCacheProfile.class)
class ProfileCacheTest {

    @Inject
    StaffAccounts accounts;
    @Inject
    TestClock clock;

    @Test
    void slotAnswersCachedBeforeASaveShowTheNewNameAtOnce() {
        ProfilePagesTest.Signed me = ProfilePagesTest.signIn(accounts);
        assertEquals(303, me.browser().submit(PAGE, PAGE, profile("Before Name", "Bio.", "")).statusCode());
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        String slots = "/api/slots?therapist=" + me.slug() + "&from=" + today.plusDays(1) + "&to=" + today.plusDays(8)
                + "&timezone=UTC";
        assertEquals("Before Name", given().get(slots).then().statusCode(200).extract()
                .path("slots[0].therapists[0].name"));

        assertEquals(303, me.browser().submit(PAGE, PAGE, profile("After Name", "Bio.", "")).statusCode());
        assertEquals("After Name", given().get(slots).then().statusCode(200).extract()
                .path("slots[0].therapists[0].name"));
    }
}
