package app.hearth.console;

import app.hearth.auth.User;
import app.hearth.support.Browser;
import app.hearth.support.Fixtures;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin in a real Chromium: signs in with a second factor, invites a therapist, writes and publishes an article. */
@QuarkusTest
class ConsoleBrowserTest {

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @TestHTTPResource("/")
    URL base;

    /** Activates a button from the keyboard, as someone without a mouse would: focus it, press Enter. */
    private static void press(Browser browser, String button) {
        browser.driver().findElement(By.xpath("//button[normalize-space()='" + button + "']")).sendKeys(Keys.ENTER);
    }

    @Test
    void theAdminInvitesATherapistAndPublishesAnArticle() {
        User admin = tokens.adminUser();
        StaffAccounts.Enrolled enrolled = accounts.enrol(admin.id);
        Therapist author = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String root = base.toString().replaceAll("/$", "");
        String invited = "new-" + UUID.randomUUID() + "@example.org";
        String title = "Small steps " + UUID.randomUUID().toString().substring(0, 8);

        try (Browser browser = Browser.open("America/Toronto")) {
            browser.get(root + "/staff/sign-in");
            browser.waitFor(By.id("email")).sendKeys(admin.email);
            browser.driver().findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
            browser.driver().findElement(By.cssSelector("form.details button[type=submit]")).click();
            assertEquals("Enter your code", browser.h1("Enter your code"));
            browser.waitFor(By.id("code")).sendKeys(enrolled.codeNow(clock));
            browser.driver().findElement(By.cssSelector("form.details button[type=submit]")).click();
            browser.h1("Agenda");

            browser.waitFor(By.linkText("Practice console")).click();
            assertEquals("Team", browser.h1("Team"));
            browser.waitFor(By.id("invite-email")).sendKeys(invited);
            browser.driver().findElement(By.id("invite-name")).sendKeys("Jordan Ellis");
            assertTrue(browser.driver().findElement(By.id("invite-therapist")).isSelected(), "therapist by default");
            press(browser, "Send invitation");
            browser.waitFor(By.cssSelector(".notice.success"));
            String status = browser.driver().findElement(By.cssSelector("tr[data-account='" + invited + "'] [data-status]"))
                    .getText();
            assertEquals("Invited", status);

            browser.driver().findElement(By.linkText("Articles")).click();
            assertEquals("Articles", browser.h1("Articles"));
            browser.waitFor(By.linkText("Write an article")).click();
            browser.h1("New article");
            browser.waitFor(By.id("title")).sendKeys(title);
            browser.driver().findElement(By.id("body")).sendKeys("Change starts **small**.\n\nOne step a day.");
            new Select(browser.driver().findElement(By.id("author"))).selectByValue(author.slug);
            press(browser, "Preview");
            assertEquals("small", browser.waitFor(By.cssSelector("[data-preview] strong")).getText());
            press(browser, "Save");
            assertEquals("Draft", browser.waitFor(By.cssSelector("[data-article-status]")).getText());
            press(browser, "Publish now");
            assertTrue(browser.waitFor(By.cssSelector("[data-article-status]")).getText().startsWith("Published"));
            browser.driver().findElement(By.linkText("Read it on the site")).click();
            assertEquals(title, browser.h1(title));
        }
        given().get("/blog/feed.xml").then().statusCode(200).body(org.hamcrest.Matchers.containsString(title));
    }
}
