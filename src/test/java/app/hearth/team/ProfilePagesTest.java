package app.hearth.team;

import app.hearth.auth.User;
import app.hearth.image.TestImages;
import app.hearth.staff.StaffClient;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import app.hearth.therapist.TherapistPhoto;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A therapist keeps their own profile: what the site shows, their photo, their calendar address, how calls happen. */
@QuarkusTest
class ProfilePagesTest {

    static final String PAGE = "/staff/profile";

    @Inject
    StaffAccounts accounts;
    @Inject
    TestClock clock;

    record Signed(StaffClient browser, long therapistId, String slug) {
    }

    static Signed signIn(StaffAccounts accounts) {
        User login = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        assertEquals(303, browser.signIn(login.email, Tokens.PASSWORD).statusCode());
        return QuarkusTransaction.requiringNew().call(() -> {
            Therapist therapist = User.<User>findById(login.id).therapist;
            return new Signed(browser, therapist.id, therapist.slug);
        });
    }

    static Map<String, String> profile(String name, String bio, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("pronouns", "they/them");
        fields.put("credentials", "MSW, RSW");
        fields.put("bio", bio);
        fields.put("specialties", "Grief, Burnout");
        fields.put("languages", "English, French");
        fields.put("accepting", "on");
        fields.put("email", email);
        return fields;
    }

    @Test
    void thePageShowsTheProfileAndASaveShowsOnTheSiteAtOnce() {
        Signed me = signIn(accounts);
        Page page = Page.of(me.browser().get(PAGE).body());
        assertEquals("Your profile", page.h1());
        for (String label : List.of("Name", "Pronouns", "Credentials", "Biography", "Specialties", "Languages",
                "Taking new clients", "Email for invitations", "New photo", "Video room address")) {
            assertTrue(page.document().select("label").eachText().stream().anyMatch(l -> l.startsWith(label)), label);
        }
        assertEquals("Dr " + me.slug(), page.value("name"));
        assertFalse(page.document().select("nav a[href=/staff/profile]").isEmpty(), "the staff menu links here");
        given().get("/api/therapists/" + me.slug()).then().statusCode(200); // the public side has read it before

        ExtractableResponse<Response> saved = me.browser().submit(PAGE, PAGE,
                profile("Robin Example", "First paragraph.\r\n\r\nSecond paragraph.", "robin@example.org"));
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith("/staff/profile?done=saved"));

        Document publicPage = Page.of(given().get("/therapists/" + me.slug()).then().statusCode(200).extract().body())
                .document();
        assertEquals("Robin Example", publicPage.selectFirst("h1").text());
        List<String> paragraphs = publicPage.select("article.profile > p").eachText();
        assertTrue(paragraphs.containsAll(List.of("First paragraph.", "Second paragraph.")), paragraphs.toString());
        assertTrue(publicPage.text().contains("Grief, Burnout"));
        given().get("/api/therapists/" + me.slug()).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Robin Example"))
                .body("languages", org.hamcrest.Matchers.contains("English", "French"))
                .body("acceptingNewClients", org.hamcrest.Matchers.equalTo(true))
                .body("email", org.hamcrest.Matchers.nullValue());
        Page after = Page.of(me.browser().get("/staff/profile?done=saved").body());
        assertEquals("robin@example.org", after.value("email"));
        after.notice("Your profile is saved");
    }

    @Test
    void onlyThePhotoFormTakesLargeBodies() {
        Signed me = signIn(accounts);
        ExtractableResponse<Response> large = me.browser().submit(PAGE, PAGE, profile("Name", "x".repeat(70_000), ""));
        assertEquals(413, large.statusCode(), "the profile form keeps the 64 KiB limit");
        assertEquals("Dr " + me.slug(), given().get("/api/therapists/" + me.slug()).then().extract().path("name"));
    }

    @Test
    void wrongInputKeepsWhatWasTypedAndNamesTheFields() {
        Signed me = signIn(accounts);
        ExtractableResponse<Response> refused = me.browser().submit(PAGE, PAGE,
                profile("  ", "A bio I took time to write.", "not an address"));
        assertEquals(400, refused.statusCode());
        Page page = Page.of(refused.body());
        assertEquals("A bio I took time to write.", page.document().selectFirst("textarea#bio").text());
        assertEquals("not an address", page.value("email"));
        assertEquals("they/them", page.value("pronouns"));
        assertEquals(List.of("#name", "#email"), page.document().select(".error-summary a").eachAttr("href"));
        assertEquals("true", page.document().selectFirst("#name").attr("aria-invalid"));
        assertEquals("Dr " + me.slug(), given().get("/api/therapists/" + me.slug()).then().extract().path("name"));
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndOthersCannotReachThisProfile() {
        Signed me = signIn(accounts);
        Signed other = signIn(accounts);
        assertEquals(403, me.browser().post(PAGE, null, profile("Forged", "x", "")).statusCode());
        assertEquals(303, other.browser().submit(PAGE, PAGE, profile("Someone Else", "Mine.", "")).statusCode());
        assertEquals("Dr " + me.slug(), given().get("/api/therapists/" + me.slug()).then().extract().path("name"),
                "the other therapist's save changed only their own profile");
        assertEquals("Someone Else", given().get("/api/therapists/" + other.slug()).then().extract().path("name"));
        assertEquals(303, StaffClient.fresh().get(PAGE).statusCode(), "signed-out visitors go to sign-in");
    }

    @Test
    void aCameraPhotoIsCleanedResizedAndServedFromAVersionedAddress() throws Exception {
        Signed me = signIn(accounts);
        assertEquals(303, me.browser().upload(PAGE, "/staff/profile/photo", "photo", "holiday.jpg",
                TestImages.jpegWithExif(1600, 1200), "image/jpeg").statusCode());
        String photoUrl = given().get("/api/therapists/" + me.slug()).then().extract().path("photoUrl");
        assertTrue(photoUrl.matches("/photos/therapists/" + me.therapistId() + "/[0-9a-f]{32}\\.jpg"), photoUrl);
        ExtractableResponse<Response> photo = given().get(photoUrl).then().statusCode(200).extract();
        assertEquals("image/jpeg", photo.contentType());
        assertTrue(photo.header("Cache-Control").contains("max-age=31536000"));
        byte[] bytes = photo.asByteArray();
        assertFalse(TestImages.contains(bytes, TestImages.SECRET), "the GPS note is gone");
        assertFalse(TestImages.contains(bytes, "Exif"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        Document publicPage = Page.of(given().get("/therapists/" + me.slug()).then().extract().body()).document();
        assertEquals(photoUrl, publicPage.selectFirst("img.portrait").attr("src"));

        assertEquals(303, me.browser().upload(PAGE, "/staff/profile/photo", "photo", "me.png",
                TestImages.png(400, 400), "image/png").statusCode());
        String pngUrl = given().get("/api/therapists/" + me.slug()).then().extract().path("photoUrl");
        assertNotEquals(photoUrl, pngUrl);
        given().get(photoUrl).then().statusCode(404);
        assertEquals(303, me.browser().upload(PAGE, "/staff/profile/photo", "photo", "me.webp",
                TestImages.webp(64, 48, new Color(10, 120, 90)), "image/webp").statusCode());
        String webpUrl = given().get("/api/therapists/" + me.slug()).then().extract().path("photoUrl");
        BufferedImage fromWebp = ImageIO.read(new ByteArrayInputStream(
                given().get(webpUrl).then().statusCode(200).extract().asByteArray()));
        assertEquals(64, fromWebp.getWidth());
    }

    @Test
    void tooLargeOrNotAPictureIsRefusedOnTheFormAndNothingIsStored() {
        Signed me = signIn(accounts);
        byte[] sixMegabytes = Arrays.copyOf(TestImages.png(50, 50), 6 * 1024 * 1024);
        ExtractableResponse<Response> big = me.browser().upload(PAGE, "/staff/profile/photo", "photo", "big.png",
                sixMegabytes, "image/png");
        assertEquals(400, big.statusCode());
        assertEquals(List.of("Photo: The picture is larger than 5 MB."), Page.of(big.body()).errorSummary());

        ExtractableResponse<Response> html = me.browser().upload(PAGE, "/staff/profile/photo", "photo", "photo.jpg",
                "<html><script>alert(1)</script></html>".getBytes(), "image/jpeg");
        assertEquals(400, html.statusCode());
        assertEquals(List.of("Photo: The file is not a JPEG, PNG or WebP picture."), Page.of(html.body()).errorSummary());
        assertEquals(400, me.browser().upload(PAGE, "/staff/profile/photo", "photo", "cv.pdf",
                "%PDF-1.7\n%%EOF".getBytes(), "application/pdf").statusCode());

        assertNull(given().get("/api/therapists/" + me.slug()).then().extract().path("photoUrl"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> TherapistPhoto.findById(me.therapistId())));
    }

    @Test
    void replacingTheCalendarAddressNeedsARecentSignInAndStopsTheOldOne() {
        Signed me = signIn(accounts);
        Page before = Page.of(me.browser().get(PAGE).body());
        assertEquals("You have no calendar address yet.", before.document().selectFirst("[data-feed-state]").text());
        ExtractableResponse<Response> created = me.browser().submit(PAGE, "/staff/profile/feed", Map.of());
        assertEquals(200, created.statusCode());
        String first = URI.create(Page.of(created.body()).document().selectFirst("#feed-url").val()).getPath();
        assertTrue(first.matches("/calendar/[A-Za-z0-9_-]{43}\\.ics"), first);
        assertTrue(given().get(first).then().statusCode(200).extract().contentType().startsWith("text/calendar"));

        clock.advance(Duration.ofMinutes(6));
        ExtractableResponse<Response> asked = me.browser().submit(PAGE, "/staff/profile/feed", Map.of());
        assertEquals(303, asked.statusCode());
        assertTrue(asked.header("Location").endsWith("/staff/reauthenticate?next=%2Fstaff%2Fprofile"));
        given().get(first).then().statusCode(200);

        assertEquals(303, me.browser().submit("/staff/reauthenticate?next=%2Fstaff%2Fprofile", "/staff/reauthenticate",
                Map.of("password", Tokens.PASSWORD, "next", PAGE)).statusCode());
        Page replacing = Page.of(me.browser().get(PAGE).body());
        assertTrue(replacing.document().selectFirst("[data-feed-state]").text().startsWith("You have a calendar address"));
        ExtractableResponse<Response> replaced = me.browser().submit(PAGE, "/staff/profile/feed", Map.of());
        assertEquals(200, replaced.statusCode());
        String second = URI.create(Page.of(replaced.body()).document().selectFirst("#feed-url").val()).getPath();
        assertNotEquals(first, second);
        given().get(first).then().statusCode(404);
        assertTrue(given().get(second).then().statusCode(200).extract().contentType().startsWith("text/calendar"));
    }

    @Test
    void howCallsHappenIsSavedFromThePageAndAWrongRoomIsNamed() {
        Signed me = signIn(accounts);
        ExtractableResponse<Response> wrong = me.browser().submit(PAGE, "/staff/profile/meeting",
                Map.of("kind", "VIDEO_FIXED", "url", "http://insecure.example.org/room"));
        assertEquals(400, wrong.statusCode());
        Page page = Page.of(wrong.body());
        assertEquals("http://insecure.example.org/room", page.value("url"));
        assertEquals(List.of("#url"), page.document().select(".error-summary a").eachAttr("href"));

        assertEquals(303, me.browser().submit(PAGE, "/staff/profile/meeting",
                Map.of("kind", "VIDEO_FIXED", "url", "https://video.example.org/robin")).statusCode());
        Page saved = Page.of(me.browser().get("/staff/profile?done=meeting").body());
        assertTrue(saved.document().selectFirst("#kind-VIDEO_FIXED").hasAttr("checked"));
        assertEquals("https://video.example.org/robin", saved.value("url"));
    }
}
