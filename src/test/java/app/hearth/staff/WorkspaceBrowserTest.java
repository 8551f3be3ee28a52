package app.hearth.staff;

import app.hearth.mail.OutboxRelay;
import app.hearth.pagecheck.Axe;
import app.hearth.support.Browser;
import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.IntakeFixtures;
import app.hearth.support.MailFixtures;
import app.hearth.support.SmtpProfile;
import app.hearth.support.StaffAccounts;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A therapist's day in Chromium: sign in, look at the week, open a Saturday, check what clients now see, move one call,
 * cancel another and read an intake; once with the mouse and once by keyboard alone (Tab, Enter, Space, and the arrow
 * keys inside a radio group as browsers expect), in one browser session, with
 * axe-core on every workspace page on the way.
 */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class WorkspaceBrowserTest {

    @Inject
    Fixtures fixtures;
    @Inject
    StaffAccounts accounts;
    @Inject
    IntakeFixtures intakes;
    @Inject
    OutboxRelay relay;
    @TestHTTPResource("/")
    URL base;

    /** One run of the journey's data: a therapist, two booked calls, an intake and the Saturday to open. */
    private record Day(String email, String slug, String moved, String cancelled, String intake, String saturday,
                       String clientMoved, String clientCancelled) {
    }

    @Test
    void theTherapistsDayWithTheMouseThenByKeyboardAlone() throws Exception {
        String form = intakes.publishAdultIntake();
        Day mouse = prepare(form, "2026-12-05");
        Day keys = prepare(form, "2026-12-05");
        Map<String, List<Axe.Violation>> violations = new LinkedHashMap<>();
        String axe = Axe.sourceOrSkip();
        try (Browser browser = Browser.open("America/Toronto")) {
            new Journey(browser, false, axe, violations).walk(mouse);
            browser.driver().manage().deleteAllCookies();
            new Journey(browser, true, null, violations).walk(keys);
        }
        violations.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), violations, "no serious or critical axe-core violations on the workspace pages");

        relay.drain();
        for (Day day : List.of(mouse, keys)) {
            assertTrue(calendars(day.clientMoved()).stream().anyMatch(c -> c.contains("METHOD:REQUEST")
                    && c.contains("SEQUENCE:1") && c.contains("DTSTART:20261202T160000Z")), "the moved call's update");
            assertTrue(calendars(day.clientCancelled()).stream().anyMatch(c -> c.contains("METHOD:CANCEL")
                    && c.contains("SEQUENCE:1")), "the cancelled call's cancellation");
            assertEquals(8, saturdaySlots(day).size(), "10:00 to 12:00 on " + day.saturday() + " is open to clients");
        }
    }

    /** A therapist with calls on Tuesday and Wednesday 10:00 and an intake on the first; the Saturday still closed. */
    private Day prepare(String form, String saturday) {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00");
        String moved = "moved-" + UUID.randomUUID() + "@example.org";
        String cancelled = "cancelled-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> first = book(therapist, Instant.parse("2026-12-01T15:00:00Z"), moved);
        Map<String, Object> second = book(therapist, Instant.parse("2026-12-02T15:00:00Z"), cancelled);
        Map<String, Object> answers = new HashMap<>();
        answers.put("answers", IntakeFixtures.adultAnswers(0));
        answers.put("bookingToken", first.get("manageToken"));
        String intake = given().contentType(ContentType.JSON).body(answers).post("/api/intake/forms/" + form + "/submissions")
                .then().statusCode(201).extract().path("reference");
        Day day = new Day(accounts.login(therapist).email, therapist.slug, (String) first.get("reference"),
                (String) second.get("reference"), intake, saturday, moved, cancelled);
        assertEquals(List.of(), saturdaySlots(day), "no hours on Saturdays yet");
        return day;
    }

    private static List<String> saturdaySlots(Day day) {
        return given().queryParam("therapist", day.slug()).queryParam("from", day.saturday()).queryParam("to", day.saturday())
                .queryParam("timezone", "America/Toronto").get("/api/slots").then().statusCode(200)
                .extract().jsonPath().getList("slots.localTime");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> book(Therapist therapist, Instant start, String email) {
        Map<String, Object> body = BookingRequests.body(therapist.slug, start);
        ((Map<String, Object>) body.get("client")).put("email", email);
        return BookingRequests.book(body).statusCode(201).extract().as(Map.class);
    }

    /** The text/calendar parts of every mail the address received, unfolded. */
    private static List<String> calendars(String address) throws Exception {
        List<String> found = new ArrayList<>();
        for (MimeMessage message : MailFixtures.receivedBy(address)) {
            collect(message, found);
        }
        return found;
    }

    private static void collect(Part part, List<String> found) throws Exception {
        if (part.isMimeType("text/calendar")) {
            try (InputStream in = part.getInputStream()) {
                found.add(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", ""));
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, found);
            }
        }
    }

    /** The journey, acted either with clicks or with Tab, Enter and Space only. */
    private final class Journey {
        private final Browser browser;
        private final boolean keyboard;
        private final String axe;
        private final Map<String, List<Axe.Violation>> violations;

        Journey(Browser browser, boolean keyboard, String axe, Map<String, List<Axe.Violation>> violations) {
            this.browser = browser;
            this.keyboard = keyboard;
            this.axe = axe;
            this.violations = violations;
        }

        void walk(Day day) {
            String saturday = day.saturday();
            browser.get(base.toString().replaceAll("/$", "") + "/staff/sign-in");
            type(By.id("email"), day.email());
            type(By.id("password"), Tokens.PASSWORD);
            activate(By.cssSelector("form.details button[type=submit]"));
            assertEquals("Agenda", browser.h1("Agenda"));
            check("agenda");

            activate(By.linkText("Next week"));
            browser.waitFor(By.cssSelector("[data-day=day-2026-12-07]"));
            check("week view");
            activate(By.linkText("Previous week"));
            activate(By.cssSelector("[data-call='" + day.moved() + "']"));
            assertEquals("Call with Alex Morgan", browser.h1("Call with Alex Morgan"));
            check("booking detail");

            activate(By.linkText("Availability"));
            assertEquals("Availability", browser.h1("Availability"));
            check("availability");
            activate(By.cssSelector("a[data-date='" + saturday + "']"));
            browser.waitFor(By.cssSelector("a[data-date='" + saturday + "'][aria-current=date]"));
            choose(By.id("kind-on"));
            type(By.id("start"), "1000A");
            type(By.id("end"), "1200P");
            activate(By.xpath("//button[normalize-space()='Add override']"));
            String listed = browser.waitFor(By.cssSelector("[data-overrides]")).getText();
            assertTrue(listed.contains(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.CANADA)
                    .format(java.time.LocalDate.parse(saturday))), listed);
            activate(By.linkText("Preview what clients see, and why a time is closed"));
            assertEquals("What clients see", browser.h1("What clients see"));
            WebElement shown = browser.waitFor(By.cssSelector("[data-preview-day='preview-" + saturday + "']"));
            assertTrue(shown.getText().contains("8 free times"), shown.getText());
            check("preview");

            activate(By.linkText("Agenda"));
            activate(By.cssSelector("[data-call='" + day.moved() + "']"));
            activate(By.linkText("Move to another time"));
            assertEquals("Move the call with Alex Morgan", browser.h1("Move the call with Alex Morgan"));
            check("move");
            choose(By.id("s-2026-12-02T16:00:00Z"));
            activate(By.xpath("//button[normalize-space()='Continue']"));
            assertEquals("Please confirm", browser.h1("Please confirm"));
            activate(By.cssSelector("[data-confirm]"));
            browser.waitFor(By.cssSelector("[data-history]"));
            assertTrue(browser.driver().findElement(By.cssSelector("[data-history]")).getText().contains("Moved"),
                    "the history tells of the move");

            activate(By.linkText("Agenda"));
            activate(By.cssSelector("[data-call='" + day.cancelled() + "']"));
            type(By.id("reason"), "I am unwell");
            activate(By.xpath("//button[normalize-space()='Cancel the call…']"));
            assertEquals("Please confirm", browser.h1("Please confirm"));
            activate(By.cssSelector("[data-confirm]"));
            assertTrue(browser.waitFor(By.cssSelector("[data-status]")).getText().contains("Cancelled"));

            activate(By.linkText("Intakes"));
            assertEquals("Intakes", browser.h1("Intakes"));
            check("intakes");
            activate(By.linkText(day.intake()));
            browser.waitFor(By.cssSelector("[data-answers]"));
            check("intake reader");
        }

        /** Focuses the element (Tab presses, or a click) and activates it as a link or button is. */
        private void activate(By locator) {
            WebElement target = browser.waitFor(locator);
            if (keyboard) {
                focus(target);
                browser.press(Keys.ENTER);
            } else {
                target.click();
            }
        }

        /** A radio button: Tab into its group, then the arrow keys (which also select) or Space on it. */
        private void choose(By locator) {
            WebElement target = browser.waitFor(locator);
            if (keyboard) {
                String group = target.getAttribute("name");
                if (!target.equals(browser.focused())) {
                    browser.tabTo(e -> "radio".equals(e.getAttribute("type")) && group.equals(e.getAttribute("name")), 400);
                }
                for (int i = 0; i < 200 && !target.equals(browser.focused()); i++) {
                    browser.press(Keys.ARROW_DOWN);
                }
                browser.press(Keys.SPACE);
            } else {
                target.click();
            }
            assertTrue(target.isSelected(), locator.toString());
        }

        private void type(By locator, String text) {
            WebElement target = browser.waitFor(locator);
            if (keyboard) {
                focus(target);
                browser.press(text);
            } else {
                // sendKeys focuses the field's first part; a click could land on a time field's minutes
                target.sendKeys(text);
            }
        }

        /** Tabs from where focus is until it reaches the element, never through more than a page's worth of stops. */
        private void focus(WebElement target) {
            if (!target.equals(browser.focused())) {
                browser.tabTo(target::equals, 400);
            }
        }

        private void check(String page) {
            if (axe != null) {
                violations.put(page + " " + browser.url(), Axe.run(browser.driver(), axe));
            }
        }
    }
}
