package app.hearth.support;

import io.restassured.response.Response;

import static io.restassured.RestAssured.given;

/** Goes through the booking flow's HTML forms as a visitor would: the details form, its post, the manage link. */
public final class BookingForms {

    private BookingForms() {
    }

    /** The details form for a time, as the times page's button opens it (zone America/Toronto). */
    public static Page detailsForm(String base, String slug, String start) {
        return Page.of(given().queryParam("start", start).queryParam("tz", "America/Toronto")
                .when().get(base + "/" + slug + "/details").then().statusCode(200).extract());
    }

    /** Sends a details form filled in with this name and address and consent given, to where it posts. */
    public static Response send(Page form, String name, String email) {
        return given().urlEncodingEnabled(false)
                .formParam("formToken", encoded(form.value("formToken")))
                .formParam("requestKey", encoded(form.value("requestKey")))
                .formParam("start", encoded(form.value("start"))).formParam("tz", encoded(form.value("tz")))
                .formParam("name", encoded(name)).formParam("email", encoded(email)).formParam("consent", "yes")
                .when().post(form.element("form.details").attr("action"));
    }

    /** Books on the site through the HTML forms and returns the manage page's path. */
    public static String book(String slug, String start, String email) {
        Page confirmation = Page.of(send(detailsForm("/book", slug, start), "Test Person", email).then()
                .statusCode(200).extract());
        return managePath(confirmation);
    }

    /** The path of the private manage link a confirmation page offers. */
    public static String managePath(Page confirmation) {
        String href = confirmation.link("Manage your booking").attr("href");
        return href.substring(href.indexOf("/manage/"));
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
