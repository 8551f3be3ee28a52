package app.hearth.calendarsync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one way external calendars are reached: connect within 5 s, answer within 20 s, at most 3 redirects (each
 * checked by the {@link AddressGuard} again, credentials kept to the first origin), at most 20 MB read, reads tried
 * again when the connection is refused or dropped. Its failures are {@link Failed} with a message fit for the
 * therapist's page: no address, no credential, no response body.
 */
final class CalendarHttp {

    static final Duration CONNECT = Duration.ofSeconds(5);
    static final Duration TOTAL = Duration.ofSeconds(20);
    static final int MAX_REDIRECTS = 3;
    static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Methods that change nothing on the server, so a dropped connection can be retried without doubt. */
    private static final Set<String> READING_METHODS = Set.of("GET", "PROPFIND", "REPORT");
    private static final List<Duration> RETRY_PAUSES = List.of(Duration.ofMillis(250), Duration.ofSeconds(1));

    /** A request's outcome: status, the body (empty on 304) and the validators for the next conditional request. */
    record Answer(int status, byte[] body, String etag, String lastModified, URI from) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A failure described without secrets. */
    static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    /** Basic credentials for a CalDAV account; null for an ICS subscription. */
    record Login(String username, String password) {
        String header() {
            return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    private final AddressGuard guard;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    CalendarHttp(AddressGuard guard) {
        this.guard = guard;
    }

    Answer send(String method, String address, Login login, Map<String, String> headers, String body) throws Failed {
        URI uri = checked(address);
        String origin = origin(uri);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TOTAL)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(request::header);
            if (login != null && origin.equals(origin(uri))) {
                request.header("Authorization", login.header());
            }
            HttpResponse<InputStream> response = exchange(method, request.build());
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                uri = checked(uri.resolve(response.headers().firstValue("Location").get()).toString());
                continue;
            }
            byte[] bytes = read(response);
            return new Answer(status, bytes, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null), uri);
        }
        throw new Failed("The calendar server redirected too often.");
    }

    /**
     * One request. A refused or dropped connection is tried again (twice, after 0.25 s and 1 s) when the method only
     * reads: servers drop connections when busy or restarting, and one such moment should not mark a calendar failing.
     * A timeout is not retried: the sync already waited its full 20 s.
     */
    private HttpResponse<InputStream> exchange(String method, HttpRequest request) throws Failed {
        boolean reads = READING_METHODS.contains(method);
        for (int attempt = 0; ; attempt++) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw new Failed("The calendar server did not answer in time.");
            } catch (IOException e) {
                if (!reads || attempt >= RETRY_PAUSES.size()) {
                    throw new Failed("The calendar server could not be reached.");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failed("The sync was interrupted.");
            }
            try {
                Thread.sleep(RETRY_PAUSES.get(attempt).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failed("The sync was interrupted.");
            }
        }
    }

    private URI checked(String address) throws Failed {
        try {
            return guard.check(address);
        } catch (AddressGuard.Refused e) {
            throw new Failed("The calendar address " + e.getMessage() + ".");
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static byte[] read(HttpResponse<InputStream> response) throws Failed {
        try (InputStream in = response.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new Failed("The calendar is larger than Hearth reads (20 MB).");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Failed("The calendar server stopped answering mid-way.");
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            Objects.requireNonNull(response.body()).close();
        } catch (IOException e) {
            // the redirect's body is not needed; a failed close only loses that connection
        }
    }
}
