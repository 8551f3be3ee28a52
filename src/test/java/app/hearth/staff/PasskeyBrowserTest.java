package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.support.Browser;
import app.hearth.support.StaffAccounts;
import app.hearth.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A passkey made and used by real Chromium with its virtual authenticator: added from the account page, then the
 * only thing needed to sign in again. WebAuthn binds the passkey to the origin, so this test runs the application on
 * a port of its own with HEARTH_PUBLIC_URL naming exactly that origin.
 */
@QuarkusTest
@TestProfile(PasskeyBrowserTest.OwnOrigin.class)
class PasskeyBrowserTest {

    /** The test server on a free port, and the public URL (the WebAuthn origin and rpId) pointing at it. */
    public static class OwnOrigin implements QuarkusTestProfile {
        private static final int PORT = freePort();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", Integer.toString(PORT), "hearth.public-url",
                    "http://localhost:" + PORT);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    StaffAccounts accounts;

    @Test
    void aTherapistAddsAPasskeySignsOutAndSignsInWithItAlone() {
        User therapist = accounts.therapistLogin();
        String root = "http://localhost:" + OwnOrigin.PORT;
        try (Browser browser = Browser.open("America/Toronto")) {
            VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser.driver()).addVirtualAuthenticator(
                    new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                            .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL).setHasResidentKey(true)
                            .setHasUserVerification(true).setIsUserVerified(true));
            browser.get(root + "/staff/sign-in");
            browser.waitFor(By.id("email")).sendKeys(therapist.email);
            browser.driver().findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
            browser.driver().findElement(By.cssSelector("form.details button[type=submit]")).click();
            assertEquals("Agenda", browser.h1("Agenda"));

            browser.waitFor(By.linkText("Account")).click();
            browser.h1("Your account");
            browser.get(browser.waitFor(By.linkText("Add a passkey")).getAttribute("href"));
            browser.waitFor(By.id("name")).sendKeys("Test laptop");
            browser.driver().findElement(By.cssSelector("[data-passkey-start]")).click();
            browser.waitForUrl(url -> url.endsWith("/staff/account?done=passkey"));
            assertTrue(browser.waitFor(By.cssSelector("[data-passkeys]")).getText().contains("Test laptop"));
            assertEquals(1, authenticator.getCredentials().size(), "the passkey lives in the authenticator");

            browser.waitFor(By.cssSelector("header form button[type=submit]")).click();
            assertEquals("Sign in", browser.h1("Sign in"));
            browser.waitFor(By.cssSelector("[data-passkey-start]")).click();
            assertEquals("Agenda", browser.h1("Agenda"));
            assertTrue(browser.url().endsWith("/staff"), browser.url());
        }
    }
}
