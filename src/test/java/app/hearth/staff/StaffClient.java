package app.hearth.staff;

import app.hearth.support.Page;
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
final class StaffClient {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final String address;
    String cookie;

    /** @param address the client address (X-Forwarded-For from the trusted local peer), one per test */
    StaffClient(String address) {
        this.address = address;
    }

    /** A new browser at an address of its own (so no test spends another's sign-in allowance). */
    static StaffClient fresh() {
        int n = ADDRESSES.incrementAndGet();
        return new StaffClient("203.0." + (113 + n / 250) + "." + (1 + n % 250));
    }

    ExtractableResponse<Response> get(String path) {
        return remember(request().when().get(path).then().extract());
    }

    /** Posts the form as the page that holds it would: its form token plus these fields. */
    ExtractableResponse<Response> submit(String pagePath, String action, Map<String, String> fields) {
        String token = Page.of(get(pagePath).body()).form(action).selectFirst("[name=formToken]").val();
        return post(action, token, fields);
    }

    ExtractableResponse<Response> post(String action, String formToken, Map<String, String> fields) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded");
        if (formToken != null) {
            request.formParam("formToken", formToken);
        }
        fields.forEach(request::formParam);
        return remember(request.when().post(action).then().extract());
    }

    /** Signs in with email and password on the sign-in page; answers the response (a redirect when it worked). */
    ExtractableResponse<Response> signIn(String email, String password) {
        return submit("/staff/sign-in", "/staff/sign-in", Map.of("email", email, "password", password));
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
