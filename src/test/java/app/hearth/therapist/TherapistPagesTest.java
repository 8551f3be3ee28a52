package app.hearth.therapist;

import app.hearth.support.Fixtures;
import app.hearth.support.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The therapist directory and profile pages. */
@QuarkusTest
class TherapistPagesTest {

    @Inject
    Fixtures fixtures;

    @Test
    void theDirectoryListsTherapistsWithTheirProfilesAndBookingLinks() {
        Therapist t = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        Page page = Page.of(given().when().get("/therapists").then().statusCode(200).extract());
        assertEquals("Our therapists | Maple Grove Counselling", page.title());
        assertEquals("Our therapists", page.h1());
        assertEquals("/therapists/" + t.slug, page.link(t.name).attr("href"));
        assertEquals("/book/" + t.slug, page.link("Book a call with " + t.name).attr("href"));
    }

    @Test
    void aProfileNamesTheTherapistAndOffersTheirDiscoveryCall() {
        Therapist t = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        Page page = Page.of(given().when().get("/therapists/" + t.slug).then().statusCode(200).extract());
        assertEquals(t.name + " | Maple Grove Counselling", page.title());
        assertEquals(t.name, page.h1());
        assertEquals("/book/" + t.slug,
                page.link("Book your 15-minute discovery call with " + t.name).attr("href"));
        assertEquals("profile", page.meta("og:type"));
        assertEquals(List.of("Person"), page.jsonLdTypes());
        assertTrue(page.headings("h2").isEmpty(), "no articles, no articles section");
    }

    @Test
    void anUnknownTherapistIsTheStyled404() {
        Page page = Page.of(given().when().get("/therapists/nobody-by-this-name").then().statusCode(404)
                .contentType(startsWith("text/html")).extract());
        assertEquals("We couldn't find that page", page.h1());
    }
}
