package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.support.Page;
import app.hearth.support.SoftAuthenticator;
import app.hearth.support.StaffAccounts;
import app.hearth.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Passkeys through the staff pages with a software authenticator: added from the account page, then used in place
 * of the password or as the second step; and refused when a challenge is replayed, the origin is another site's,
 * or the credential was never registered (or was removed).
 */
@QuarkusTest
class PasskeyTest {

    @Inject
    StaffAccounts accounts;
    @Inject
    Tokens tokens;
    @ConfigProperty(name = "hearth.public-url")
    String origin;

    private static Element ceremony(ExtractableResponse<Response> page) {
        return Page.of(page.body()).document().selectFirst("form[data-passkey]");
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> all = new HashMap<>(fields);
        all.put(name, value);
        return all;
    }

    /** A signed-in therapist who has added the authenticator as a passkey named "Laptop". */
    private SoftAuthenticator enrolled(User therapist, StaffClient browser) {
        browser.signIn(therapist.email, Tokens.PASSWORD);
        SoftAuthenticator key = new SoftAuthenticator("localhost");
        Element form = ceremony(browser.get("/staff/passkeys/new"));
        assertEquals("register", form.attr("data-passkey"));
        Map<String, String> answer = with(key.register(form.attr("data-challenge"), origin), "name", "Laptop");
        ExtractableResponse<Response> added = browser.post("/staff/passkeys", form.selectFirst("[name=formToken]").val(),
                answer);
        assertEquals(303, added.statusCode());
        assertTrue(added.header("Location").endsWith("/staff/account?done=passkey"));

        ExtractableResponse<Response> replayed = browser.post("/staff/passkeys",
                form.selectFirst("[name=formToken]").val(), answer);
        assertEquals(400, replayed.statusCode(), "a registration challenge works once");
        return key;
    }

    private static ExtractableResponse<Response> signInWith(StaffClient browser, Map<String, String> fields,
                                                           String token) {
        return browser.post("/staff/sign-in/passkey", token, fields);
    }

    @Test
    void aPasskeyAddedFromTheAccountSignsInWithoutThePassword() {
        User therapist = accounts.therapistLogin();
        StaffClient laptop = StaffClient.fresh();
        SoftAuthenticator key = enrolled(therapist, laptop);
        assertTrue(Page.of(laptop.get("/staff/account").body()).document().select("[data-passkeys] li").text()
                .contains("Laptop"));

        StaffClient later = StaffClient.fresh();
        Element form = ceremony(later.get("/staff/sign-in"));
        String token = form.selectFirst("[name=formToken]").val();
        Map<String, String> answer = key.assertion(form.attr("data-challenge"), origin, null);
        ExtractableResponse<Response> signedIn = signInWith(later, answer, token);
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.header("Location").endsWith("/staff"));
        assertEquals("Agenda", Page.of(later.get("/staff").body()).h1());

        StaffClient replay = StaffClient.fresh();
        assertEquals(401, signInWith(replay, answer, token).statusCode(), "the same answer again: challenge used");
        assertEquals(303, replay.get("/staff").statusCode(), "no session from a replay");
    }

    @Test
    void anotherSitesOriginAndUnknownOrRemovedPasskeysAreRefused() {
        User therapist = accounts.therapistLogin();
        StaffClient laptop = StaffClient.fresh();
        SoftAuthenticator key = enrolled(therapist, laptop);

        StaffClient stranger = StaffClient.fresh();
        Element form = ceremony(stranger.get("/staff/sign-in"));
        String token = form.selectFirst("[name=formToken]").val();
        ExtractableResponse<Response> phished = signInWith(stranger,
                key.assertion(form.attr("data-challenge"), "https://hearth-login.example", null), token);
        assertEquals(401, phished.statusCode(), "an answer made for another origin");
        assertTrue(Page.of(phished.body()).errorSummary().get(0).contains("passkey was not accepted"));

        form = ceremony(stranger.get("/staff/sign-in"));
        assertEquals(401, signInWith(stranger, new SoftAuthenticator("localhost")
                .assertion(form.attr("data-challenge"), origin, null), token).statusCode(), "never registered");

        Element remove = Page.of(laptop.get("/staff/account").body()).document()
                .selectFirst("form[action^=/staff/account/passkeys/]");
        assertEquals(303, laptop.post(remove.attr("action"), remove.selectFirst("[name=formToken]").val(), Map.of())
                .statusCode());
        form = ceremony(stranger.get("/staff/sign-in"));
        assertEquals(401, signInWith(stranger, key.assertion(form.attr("data-challenge"), origin, null), token)
                .statusCode(), "removed");

        String log = given().auth().oauth2(tokens.admin()).when().get("/api/admin/audit?size=500")
                .then().statusCode(200).extract().asString();
        List<Object> actions = JsonPath.from(log).getList("findAll { it.actor == '" + therapist.email + "' }.action");
        assertTrue(actions.contains("FACTOR_ENROLLED") && actions.contains("FACTOR_REMOVED"), actions.toString());
    }

    @Test
    void aPasskeyIsTheSecondStepAfterThePassword() {
        User therapist = accounts.therapistLogin();
        SoftAuthenticator key = enrolled(therapist, StaffClient.fresh());

        StaffClient browser = StaffClient.fresh();
        assertTrue(browser.signIn(therapist.email, Tokens.PASSWORD).header("Location").endsWith("/staff/sign-in/code"));
        Element form = ceremony(browser.get("/staff/sign-in/code"));
        assertEquals("/staff/sign-in/code/passkey", form.attr("action"));
        String token = form.selectFirst("[name=formToken]").val();
        SoftAuthenticator other = new SoftAuthenticator("localhost");
        assertEquals(401, browser.post(form.attr("action"), token,
                other.assertion(form.attr("data-challenge"), origin, null)).statusCode());
        form = ceremony(browser.get("/staff/sign-in/code"));
        ExtractableResponse<Response> done = browser.post(form.attr("action"), token,
                key.assertion(form.attr("data-challenge"), origin, null));
        assertEquals(303, done.statusCode());
        assertEquals("Agenda", Page.of(browser.get("/staff").body()).h1());
    }
}
