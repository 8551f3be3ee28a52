package app.hearth.fault;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A corpus of hostile requests against every public endpoint of the production jar on PostgreSQL: NUL, CR/LF and
 * bidirectional controls in paths, queries, headers, forms and JSON; bodies too large or malformed; tokens that are
 * not the caller's; past dates and times that do not exist. None may be answered 5xx, and none may write a row.
 */
@Tag("fault")
class HostileRequestsTest {

    private static final String NUL = "%00";
    private static final String RLO = "%E2%80%AE";
    /** No answer: the connection was closed. */
    private static final int CLOSED = -2;

    @TempDir
    Path home;

    final FaultDatabase db = new FaultDatabase();
    ProductionInstance app;
    final Instant tomorrow = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));

    @BeforeEach
    void start() {
        db.reset();
        // with the puzzle on, as a practice under attack would run: a well-formed booking without one is refused too
        app = new ProductionInstance(db, home, Map.of("HEARTH_BOOKING_PROOF_OF_WORK", "true")).start();
        db.seedTherapists("hostile-a", "hostile-b");
        // a practice in a zone with daylight-saving changes, to ask for days with a missing or repeated hour
        db.execute("update therapist set timezone = 'America/Toronto' where slug = 'hostile-b'");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void noHostileRequestIsAnswered5xxOrWritesAnything() {
        Map<String, IntSupplier> corpus = corpus();
        assertTrue(corpus.size() >= 60, "the corpus has " + corpus.size() + " requests");
        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();
        corpus.forEach((name, request) -> {
            int status;
            try {
                status = request.getAsInt();
            } catch (RuntimeException e) {
                failures.add(name + " could not be sent: " + e);
                return;
            }
            // a body too large may be cut off by closing the connection instead of an answer; nothing else may
            boolean cutOff = status == CLOSED && name.contains("too large");
            if (status >= 500 || (status < 100 && !cutOff)) {
                failures.add(name + " -> " + status);
            }
        });
        assertEquals(List.of(), failures, "answers of 5xx (or none at all)");
        assertEquals(before, rowCounts(), "rows per table before and after the corpus");
    }

    private Map<String, IntSupplier> corpus() {
        Map<String, IntSupplier> c = new LinkedHashMap<>();
        String start = tomorrow.plus(Duration.ofHours(10)).toString();
        String fakeToken = "A".repeat(43);
        // paths
        c.put("NUL in a therapist path", () -> get("/api/therapists/" + NUL));
        c.put("NUL in a page path", () -> get("/therapists/hostile-a" + NUL));
        c.put("bidi in a page path", () -> get("/therapists/" + RLO + "hostile-a"));
        c.put("encoded CR/LF in a path", () -> get("/book/hostile-a%0D%0ASet-Cookie:%20x=1"));
        c.put("dot segments", () -> get("/api/therapists/..%2F..%2Fetc%2Fpasswd"));
        c.put("very long path", () -> get("/book/" + "a".repeat(6000)));
        c.put("overlong UTF-8 in a path", () -> get("/therapists/%C0%AE%C0%AE"));
        c.put("broken UTF-8 in a path", () -> get("/therapists/%FF%FE"));
        c.put("NUL in a blog tag", () -> get("/blog/tags/a" + NUL));
        c.put("repeated groups in a blog tag", () -> get("/blog/tags/" + "a-".repeat(3000)));
        c.put("NUL in an article slug", () -> get("/api/articles/" + NUL));
        c.put("NUL in an intake form slug", () -> get("/api/intake/forms/x" + NUL));
        c.put("NUL in an intake page slug", () -> get("/intake/x" + NUL));
        c.put("NUL in a feed token", () -> get("/calendar/" + NUL + ".ics"));
        c.put("someone else's feed token", () -> get("/calendar/" + fakeToken + ".ics"));
        c.put("someone else's manage token (API)", () -> get("/api/bookings/manage/" + fakeToken));
        c.put("someone else's manage token (page)", () -> get("/manage/" + fakeToken));
        c.put("someone else's invitation", () -> get("/api/bookings/manage/" + fakeToken + "/invite.ics"));
        c.put("someone else's staff invitation", () -> get("/staff/invitation/" + fakeToken));
        c.put("someone else's reset link", () -> get("/staff/reset/" + fakeToken));
        c.put("someone else's draft", () -> get("/api/intake/drafts/" + fakeToken));
        c.put("NUL in a manage token", () -> get("/api/bookings/manage/" + NUL + fakeToken));
        // queries
        c.put("NUL in the slots therapist", () -> get("/api/slots?therapist=" + NUL + "hostile-a&timezone=UTC"));
        c.put("bidi in the slots zone", () -> get("/api/slots?therapist=hostile-a&timezone=" + RLO + "UTC"));
        c.put("unknown slots zone", () -> get("/api/slots?therapist=hostile-a&timezone=Mars%2FOlympus"));
        c.put("slots over a year", () -> get("/api/slots?therapist=hostile-a&from=2026-01-01&to=2027-12-31"));
        c.put("slots to before from", () -> get("/api/slots?therapist=hostile-a&from=2027-01-10&to=2027-01-01"));
        c.put("slots on a day with no 2 a.m.", () -> get("/api/slots?therapist=hostile-b&from=2027-03-14&to=2027-03-14"
                + "&timezone=America%2FToronto"));
        c.put("slots on a day with two 1 a.m.", () -> get("/api/slots?therapist=hostile-b&from=2027-11-07&to=2027-11-07"
                + "&timezone=America%2FToronto"));
        c.put("slots on a date that does not exist", () -> get("/api/slots?therapist=hostile-a&from=2027-02-30"));
        c.put("slots far in the past", () -> get("/api/slots?therapist=hostile-a&from=0001-01-01&to=0001-01-02"));
        c.put("huge year in slots", () -> get("/api/slots?therapist=hostile-a&from=%2B999999999-01-01"));
        c.put("times page in a zone that does not exist", () -> get("/book/hostile-b?tz=Nowhere&day=2027-03-14"));
        c.put("times page on a missing hour", () -> get("/book/hostile-b?tz=America%2FToronto&day=2027-03-14"));
        c.put("details for a past start", () -> get("/book/hostile-a/details?start=2020-01-01T10:00:00Z&tz=UTC"));
        c.put("details for a local time with no zone", () -> get("/book/hostile-a/details?start=2027-03-14T02:30&tz=UTC"));
        c.put("NUL in the details start", () -> get("/book/hostile-a/details?start=" + NUL + "&tz=UTC"));
        c.put("articles page -1", () -> get("/api/articles?page=-1"));
        c.put("articles page beyond int", () -> get("/api/articles?page=99999999999999999999"));
        c.put("blog page of bidi", () -> get("/blog?page=" + RLO));
        c.put("repeated query parameters", () -> get("/api/slots?" + "therapist=hostile-a&".repeat(500)));
        // headers
        c.put("NUL in a header", () -> raw("GET /api/therapists HTTP/1.1\r\nHost: x\r\nX-Note: a\u0000b\r\n"));
        c.put("bare CR in a header", () -> raw("GET /api/therapists HTTP/1.1\r\nHost: x\r\nX-Note: a\rb\r\n"));
        c.put("header folding", () -> raw("GET /api/therapists HTTP/1.1\r\nHost: x\r\nX-Note: a\r\n b\r\n"));
        c.put("huge header", () -> raw("GET /api/therapists HTTP/1.1\r\nHost: x\r\nX-Note: " + "a".repeat(40000) + "\r\n"));
        c.put("NUL in an Idempotency-Key", () -> raw("POST /api/bookings HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nIdempotency-Key: k\u0000k\r\nContent-Length: 2\r\n", "{}"));
        c.put("bidi in an Idempotency-Key", () -> rawJson("/api/bookings", "Idempotency-Key: \u202Eabcdefghijklmnopqrstuvwxyz",
                booking("hostile-a", start, "Alex")));
        c.put("a forged bearer token", () -> send(request("/api/me/bookings").header("Authorization", "Bearer "
                + "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwiZ3JvdXBzIjpbImFkbWluIl19.")));
        c.put("a bearer token of garbage", () -> raw("GET /api/admin/therapists HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: Bearer \u00ff\u202E\r\n"));
        c.put("a forged staff cookie", () -> send(request("/staff/agenda").header("Cookie", "hearth_staff=" + fakeToken)));
        c.put("a hostile X-Forwarded-For", () -> send(request("/api/therapists").header("X-Forwarded-For", "1.1.1.1, <script>")));
        c.put("a wrong content type", () -> send(request("/api/bookings").header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<a/>"))));
        c.put("a garbage proof of work", () -> send(json("/api/bookings", booking("hostile-a", start, "Alex"))
                .header("Hearth-Proof-Of-Work", "!!!not base64")));
        // JSON bodies
        c.put("malformed JSON", () -> post("/api/bookings", "{\"therapist\":"));
        c.put("JSON of the wrong shape", () -> post("/api/bookings", "[1,2,3]"));
        c.put("JSON with a NUL", () -> post("/api/bookings", booking("hostile-a", start, "Alex\\u0000Morgan")));
        c.put("JSON with a lone surrogate", () -> post("/api/bookings", booking("hostile-a", start, "Alex\\ud800")));
        c.put("JSON with a bidi override", () -> post("/api/bookings", booking("hostile-a", start, "\\u202Egnp.exe")));
        c.put("JSON with CR/LF in a name", () -> post("/api/bookings", booking("hostile-a", start, "Alex\\r\\nBcc: x@y.z")));
        c.put("JSON with a start in the past", () -> post("/api/bookings", booking("hostile-a", "2020-01-01T10:00:00Z", "Alex")));
        c.put("JSON with a start that is no instant", () -> post("/api/bookings", booking("hostile-a", "2027-03-14T02:30", "Alex")));
        c.put("JSON with a start off the grid", () -> post("/api/bookings",
                booking("hostile-a", tomorrow.plus(Duration.ofMinutes(7)).toString(), "Alex")));
        c.put("JSON with year 999999999", () -> post("/api/bookings", booking("hostile-a", "+999999999-01-01T00:00:00Z", "Alex")));
        c.put("JSON with the last instant", () -> post("/api/bookings", booking("hostile-a", "+1000000000-12-31T23:59:59Z", "Alex")));
        c.put("a reschedule to year 999999999", () -> post("/api/bookings/manage/" + fakeToken + "/reschedule",
                "{\"start\":\"+999999999-01-01T00:00:00Z\"}"));
        c.put("a times page on year 999999999", () -> get("/book/hostile-a?tz=UTC&day=%2B999999999-01-01"));
        c.put("JSON deeply nested", () -> post("/api/bookings", "[".repeat(5000) + "]".repeat(5000)));
        c.put("JSON with a huge number", () -> post("/api/bookings", "{\"consent\":" + "9".repeat(5000) + "}"));
        c.put("JSON with duplicate keys", () -> post("/api/bookings", "{\"therapist\":\"a\",\"therapist\":\"b\"}"));
        c.put("JSON body too large", () -> post("/api/bookings", "{\"message\":\"" + "x".repeat(70_000) + "\"}"));
        c.put("JSON body too large, no length", () -> send(request("/api/bookings").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("{\"message\":\"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8))))));
        c.put("a reschedule with someone else's token", () -> post("/api/bookings/manage/" + fakeToken + "/reschedule",
                "{\"start\":\"" + start + "\"}"));
        c.put("a cancel with someone else's token", () -> post("/api/bookings/manage/" + fakeToken + "/cancel", "{}"));
        c.put("a sign-in with a NUL", () -> post("/api/auth/login", "{\"email\":\"a\\u0000@b.c\",\"password\":\"x\"}"));
        c.put("a sign-in with a bidi email", () -> post("/api/auth/login", "{\"email\":\"\\u202Ea@b.c\",\"password\":\"x\"}"));
        c.put("an intake for no form", () -> post("/api/intake/forms/none/submissions", "{\"answers\":{}}"));
        c.put("an intake with a NUL slug", () -> post("/api/intake/forms/x" + NUL + "/submissions", "{\"answers\":{}}"));
        c.put("an intake draft of garbage", () -> post("/api/intake/forms/none/drafts", "{\"answers\":\"x\"}"));
        c.put("a draft update with someone else's token", () -> send(request("/api/intake/drafts/" + fakeToken)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"answers\":{}}"))));
        // HTML forms
        c.put("a booking form without a token", () -> form("/book/hostile-a", "name=Alex&email=a%40b.c&consent=yes&start="
                + start));
        c.put("a booking form with a NUL", () -> form("/book/hostile-a", "formToken=1.x&tz=UTC" + NUL + "&start=" + start));
        c.put("a booking form with a lone surrogate", () -> form("/book/hostile-a", "formToken=1.x&name=%ED%A0%80"));
        c.put("a booking form with a huge message", () -> form("/book/hostile-a", "formToken=1.x&message=" + "x".repeat(70_000)));
        c.put("a framed booking form with a NUL", () -> form("/embed/book/hostile-a", "formToken=1.x&name=A" + NUL));
        c.put("a manage form with someone else's token", () -> form("/manage/" + fakeToken + "/cancel", "formToken=1.x"));
        c.put("a sign-in form with a NUL", () -> form("/staff/sign-in", "formToken=1.x&email=a" + NUL + "%40b.c&password=x"));
        c.put("a reset request with a NUL", () -> form("/staff/forgot", "formToken=1.x&email=a" + NUL + "%40b.c"));
        c.put("a reset with someone else's link", () -> form("/staff/reset/" + fakeToken, "formToken=1.x&password=x"));
        c.put("an intake page post with a NUL", () -> form("/intake/none", "formToken=1.x&q=a" + NUL));
        c.put("a form of broken encoding", () -> form("/staff/forgot", "formToken=%ZZ&email=%"));
        c.put("a form field repeated", () -> form("/staff/forgot", "email=a%40b.c&".repeat(2000)));
        return c;
    }

    private static String booking(String therapist, String start, String name) {
        return "{\"therapist\":\"" + therapist + "\",\"start\":\"" + start + "\",\"timezone\":\"UTC\",\"client\":"
                + "{\"name\":\"" + name + "\",\"email\":\"hostile@example.org\"},\"consent\":true}";
    }

    /**
     * Rows of every table but the flood buckets, which a refused request may rightly fill, and cluster_job, where a
     * scheduled job that comes due during the corpus records which instance ran it.
     */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (List<String> table : db.rows("select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_type = 'BASE TABLE' and table_name not in ('flyway_schema_history', 'rate_limit_bucket',"
                + " 'sign_in_failure', 'cluster_job')")) {
            counts.put(table.get(0), db.count("select count(*) from \"" + table.get(0) + "\""));
        }
        return counts;
    }

    private int get(String path) {
        return send(request(path).GET());
    }

    private int post(String path, String json) {
        return send(json(path, json));
    }

    private HttpRequest.Builder json(String path, String json) {
        return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private int form(String path, String body) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(30));
    }

    private static int send(HttpRequest.Builder request) {
        try {
            return ProductionInstance.HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return CLOSED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int rawJson(String path, String header, String json) {
        return raw("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + header + "\r\n"
                + "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n", json);
    }

    /** A request written byte for byte (UTF-8), for headers no HTTP client would send; the answer's status code. */
    private int raw(String head, String... body) {
        try (Socket socket = new Socket("127.0.0.1", app.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n" + (body.length > 0 ? body[0] : ""))
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return status.startsWith("HTTP/1.1 ") ? Integer.parseInt(status.substring(9, 12)) : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
