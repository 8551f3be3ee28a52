package app.hearth.calendarsync;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real CalDAV server for the tests: Debian's radicale on a free port of 127.0.0.1, with a temporary storage folder
 * and one plain htpasswd user. Without radicale the test is skipped with a message, unless CI=true, where it fails.
 */
final class Radicale implements AutoCloseable {

    static final String USER = "therapist";
    static final String PASSWORD = "app-password-1";

    private final Path folder;
    private final Path binary;
    private Process process;
    private final int port;

    private Radicale(Path binary, Path folder, Process process, int port) {
        this.binary = binary;
        this.folder = folder;
        this.process = process;
        this.port = port;
    }

    static Radicale start() throws IOException, InterruptedException {
        Path binary = Stream.of("/usr/bin/radicale", "/usr/local/bin/radicale").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (binary == null) {
            String message = "radicale is not installed (apt-get install radicale); the CalDAV tests need a real server";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CalDAV tests cannot run under CI=true: " + message);
            }
            Assumptions.abort(message);
        }
        Path folder = Files.createTempDirectory("radicale");
        Files.writeString(folder.resolve("users"), USER + ":" + PASSWORD + "\n");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Files.writeString(folder.resolve("config"), """
                [server]
                hosts = 127.0.0.1:%d
                [auth]
                type = htpasswd
                htpasswd_filename = %s
                htpasswd_encryption = plain
                [storage]
                filesystem_folder = %s
                [logging]
                level = info
                """.formatted(port, folder.resolve("users"), folder.resolve("collections")));
        Radicale radicale = new Radicale(binary, folder, null, port);
        radicale.launch();
        return radicale;
    }

    private void launch() throws IOException, InterruptedException {
        process = new ProcessBuilder(binary.toString(), "--config", folder.resolve("config").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("log").toFile()))
                .start();
        for (int i = 0; i < 100; i++) {
            if (answers()) {
                return;
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("radicale did not start");
    }

    /** Stops the server like a crash would, keeping its calendars for {@link #restart()} on the same port. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** Starts the stopped server again, on the same port with the same calendars. */
    void restart() throws IOException, InterruptedException {
        launch();
    }

    /** How many requests of this method the server has received so far (from its log, one line per request). */
    long requests(String method) throws IOException {
        try (Stream<String> lines = Files.lines(folder.resolve("log"))) {
            return lines.filter(line -> line.contains(method + " request for")).count();
        }
    }

    /** The body of one object by its full address. */
    String body(String href) throws IOException {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(URI.create(href)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        try {
            return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** Creates a calendar collection for the user (MKCOL with calendar resourcetype) and answers its address. */
    String calendar(String slug, String name) throws IOException {
        String body = """
                <?xml version="1.0" encoding="utf-8"?>
                <d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>
                <d:resourcetype><d:collection/><c:calendar/></d:resourcetype><d:displayname>%s</d:displayname>
                </d:prop></d:set></d:mkcol>""".formatted(name);
        String href = url() + USER + "/" + slug + "/";
        int status = request("MKCOL", href, body, "application/xml");
        Assertions.assertEquals(201, status, "MKCOL " + slug);
        return href;
    }

    /** Puts one calendar object into a calendar; answers the HTTP status. */
    int put(String calendarHref, String name, String ics) throws IOException {
        return request("PUT", calendarHref + name + ".ics", ics, "text/calendar; charset=utf-8");
    }

    /** The status of a GET of one object by its full address (200 while it exists, 404 once it is gone). */
    int status(String href) throws IOException {
        return request("GET", href, null, null);
    }

    int delete(String calendarHref, String name) throws IOException {
        return request("DELETE", calendarHref + name + ".ics", null, null);
    }

    private int request(String method, String href, String body, String type) throws IOException {
        // HttpURLConnection refuses MKCOL, so the few setup requests go through java.net.http
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(URI.create(href))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        try {
            return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url() + ".well-known/caldav").toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout(200);
            return c.getResponseCode() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the server and removes its calendars. */
    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
