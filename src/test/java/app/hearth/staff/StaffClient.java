package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * One person's browser for staff-page tests: keeps the session cookie between requests, never follows redirects
 * (tests assert where they lead), and fills in the page's form token as a browser would.
 */
public final class StaffClient {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final String address;
    public String cookie;
    /** The account signed in, when made by {@link #admin}. */
    public long userId;

    /** @param address the client address (X-Forwarded-For from the trusted local peer), one per test */
    public StaffClient(String address) {
        this.address = address;
    }

    /** A new browser at an address of its own (so no test spends another's sign-in allowance). */
    public static StaffClient fresh() {
        int n = ADDRESSES.incrementAndGet();
        return new StaffClient("203.0." + (113 + n / 250) + "." + (1 + n % 250));
    }

    public ExtractableResponse<Response> get(String path) {
        return remember(request().when().get(path).then().extract());
    }

    /** Posts the form as the page that holds it would: its form token plus these fields. */
    public ExtractableResponse<Response> submit(String pagePath, String action, Map<String, String> fields) {
        String token = Page.of(get(pagePath).body()).form(action).selectFirst("[name=formToken]").val();
        return post(action, token, fields);
    }

    public ExtractableResponse<Response> post(String action, String formToken, Map<String, String> fields) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded");
        if (formToken != null) {
            request.formParam("formToken", formToken);
        }
        fields.forEach(request::formParam);
        return remember(request.when().post(action).then().extract());
    }

    /** Sends a file with the page's form (multipart, as a browser does for a file field), with its form token. */
    public ExtractableResponse<Response> upload(String pagePath, String action, String field, String fileName,
                                                byte[] content, String declaredType) {
        String token = Page.of(get(pagePath).body()).form(action).selectFirst("[name=formToken]").val();
        return remember(request().multiPart("formToken", token).multiPart(field, fileName, content, declaredType)
                .when().post(action).then().extract());
    }

    /** Signs in with email and password on the sign-in page; answers the response (a redirect when it worked). */
    public ExtractableResponse<Response> signIn(String email, String password) {
        return submit("/staff/sign-in", "/staff/sign-in", Map.of("email", email, "password", password));
    }

    /**
     * A new admin with a second factor enrolled, signed in through both steps (as every admin must); the clock moves
     * on a step so the code is fresh.
     */
    public static StaffClient admin(Tokens tokens, StaffAccounts accounts, TestClock clock) {
        User admin = tokens.adminUser();
        StaffAccounts.Enrolled enrolled = accounts.enrol(admin.id);
        StaffClient browser = fresh();
        browser.signIn(admin.email, Tokens.PASSWORD);
        ExtractableResponse<Response> done = browser.submit("/staff/sign-in/code", "/staff/sign-in/code",
                Map.of("code", enrolled.codeNow(clock)));
        if (done.statusCode() != 303) {
            throw new IllegalStateException("the admin's sign-in failed: " + done.statusCode());
        }
        browser.userId = admin.id;
        return browser;
    }

    private RequestSpecification request() {
        RequestSpecification request = given().redirects().follow(false).header("X-Forwarded-For", address);
        return cookie == null ? request : request.cookie(StaffGate.COOKIE, cookie);
    }

    private ExtractableResponse<Response> remember(ExtractableResponse<Response> response) {
        if (response.cookies().containsKey(StaffGate.COOKIE)) {
            String value = response.cookie(StaffGate.COOKIE);
            cookie = value == null || value.isEmpty() ? null : value;
        }
        return response;
    }
}
