package app.hearth.widget;

import app.hearth.auth.User;
import app.hearth.staff.StaffClient;
import app.hearth.support.Fixtures;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class WidgetBuilderPagesTest {

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void theBuilderGivesTheOneTagAndARealPreview() {
        StaffClient admin = StaffClient.admin(tokens, accounts, clock);
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Page any = Page.of(admin.get("/staff/admin/widget").body());
        assertEquals("Booking widget", any.h1());
        String snippet = any.element("[data-snippet]").text();
        assertTrue(snippet.matches("<script src=\"https?://[^\"]+/widget\\.js\" data-therapist=\"any\" async></script>"),
                snippet);
        assertFalse(any.element("[data-origins]").text().isBlank());

        Page chosen = Page.of(admin.get("/staff/admin/widget?therapist=" + therapist.slug
                + "&mode=button&label=Book").body());
        String tag = chosen.element("[data-snippet]").text();
        assertTrue(tag.contains("data-therapist=\"" + therapist.slug + "\" data-mode=\"button\" data-label=\"Book\" async"),
                tag);
        String preview = chosen.element("iframe[data-preview]").attr("src");
        assertTrue(preview.startsWith("/embed/book/" + therapist.slug + "?origin="), preview);
        given().get(preview).then().statusCode(200);

        ExtractableResponse<Response> wrong = admin.get("/staff/admin/widget?color=red&label=\"><b>");
        assertEquals(400, wrong.statusCode());
        assertEquals(2, Page.of(wrong.body()).errorSummary().size());
        assertFalse(Page.of(wrong.body()).element("[data-snippet]").text().contains("red"));
    }

    @Test
    void aTherapistFindsNoBuilder() {
        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        assertEquals(404, browser.get("/staff/admin/widget").statusCode());
    }
}
