package app.hearth.fault;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTML forms across instances, on the production jar: a booking form served by one instance is accepted by another
 * started with the same configuration, and a form left open while its instance restarts is still accepted.
 */
@Tag("fault")
class FormsAcrossInstancesTest {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(formToken|requestKey|start|tz)\" value=\"([^\"]*)\"");

    @TempDir
    Path home;

    final FaultDatabase db = new FaultDatabase();
    final List<ProductionInstance> running = new ArrayList<>();
    final Instant tomorrow = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @AfterEach
    void stopEverything() {
        running.forEach(ProductionInstance::close);
    }

    @Test
    void aFormFromOneInstanceIsAcceptedByAnotherAndAnOpenFormOutlivesARestart() {
        ProductionInstance a = instance();
        ProductionInstance b = instance();
        db.seedTherapists("forms-a");

        HttpResponse<String> booked = confirmed(a, b.postForm("/book/forms-a",
                filledIn(a, tomorrow.plus(Duration.ofHours(9)), "sam@example.org")));
        assertTrue(booked.body().contains("Your call is booked"), booked.body());

        Map<String, String> openOnB = filledIn(b, tomorrow.plus(Duration.ofHours(10)), "kim@example.org");
        b.close();
        ProductionInstance restarted = instance();
        HttpResponse<String> afterRestart = confirmed(restarted, restarted.postForm("/book/forms-a", openOnB));
        assertTrue(afterRestart.body().contains("Your call is booked"), afterRestart.body());

        Map<String, String> forged = filledIn(a, tomorrow.plus(Duration.ofHours(11)), "lee@example.org");
        forged.put("formToken", forged.get("formToken").replaceFirst("\\.", ".x"));
        assertEquals(403, restarted.postForm("/book/forms-a", forged).statusCode(), "a forged token is refused");
        assertEquals(2, db.count("select count(*) from booking where status = 'CONFIRMED'"));
    }

    /** A booked form answers 303 to its confirmation page (post/redirect/get), which any instance shows. */
    private static HttpResponse<String> confirmed(ProductionInstance reader, HttpResponse<String> posted) {
        assertEquals(303, posted.statusCode(), posted.body());
        String location = posted.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = reader.get(java.net.URI.create(location).getPath());
        assertEquals(200, page.statusCode(), page.body());
        return page;
    }

    private ProductionInstance instance() {
        ProductionInstance instance = new ProductionInstance(db, home, Map.of());
        running.add(instance);
        return instance.start();
    }

    /** The details form for a time, as one instance serves it, filled in as a visitor would. */
    private static Map<String, String> filledIn(ProductionInstance server, Instant start, String email) {
        HttpResponse<String> page = server.get("/book/forms-a/details?tz=UTC&start=" + start);
        assertEquals(200, page.statusCode(), page.body());
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        assertTrue(fields.containsKey("formToken"), "the page carries a form token");
        fields.put("name", "Fault Client");
        fields.put("email", email);
        fields.put("consent", "yes");
        return fields;
    }
}
