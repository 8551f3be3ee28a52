package app.hearth.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The production jar (target/quarkus-app, built by "package") started as its own process with the environment
 * variables an operator sets, exactly as docker/Dockerfile runs it; it can be stopped, or killed with SIGKILL.
 */
final class ProductionInstance implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    final int port = freePort();
    /** Production serves /q/* (health, metrics) on the management interface, apart from the clients' port. */
    final int managementPort = freePort();
    final Path log;
    private final Map<String, String> env = new HashMap<>();
    private Process process;

    ProductionInstance(FaultDatabase db, Path home, Map<String, String> extra) {
        this.log = home.resolve("instance-" + port + ".log");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("HEARTH_MAIL_DROP_ONLY", "true");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", db.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("HEARTH_DATA_DIR", home.resolve("data").toString());
        env.put("HEARTH_PUBLIC_URL", "http://127.0.0.1:" + port);
        env.put("HEARTH_JWT_PRIVATE_KEY_LOCATION", Keys.privateKey(home).toString());
        env.put("HEARTH_JWT_PUBLIC_KEY_LOCATION", Keys.publicKey(home).toString());
        env.put("HEARTH_INTAKE_ENCRYPTION_KEY", Keys.intakeKey(home));
        env.put("HEARTH_FORM_SECRET", Keys.formSecret(home));
        env.put("HEARTH_MAIL_RELAY_INTERVAL", "1s");
        env.put("HEARTH_MAIL_RELAY_DELAY", "1s");
        env.put("HEARTH_MAIL_RELAY_INITIAL_BACKOFF", "1s");
        env.put("HEARTH_MAIL_RELAY_MAX_BACKOFF", "2s");
        env.put("HEARTH_MAIL_RELAY_MAX_ATTEMPTS", "100");
        env.put("HEARTH_MAIL_REMINDER_INTERVAL", "off");
        env.put("HEARTH_OPS_OUTBOX_REFRESH", "1s");
        // the suite books hundreds of times from one address: the booking limits have their own tests
        env.put("HEARTH_BOOKING_PER_ADDRESS", "100000");
        env.put("HEARTH_BOOKING_PER_EMAIL", "100000");
        env.put("HEARTH_BOOKING_PER_THERAPIST_DAY", "100000");
        env.put("HEARTH_BOOKING_ACTIVE_PER_EMAIL", "100000");
        env.putAll(extra);
    }

    ProductionInstance start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("no production jar at " + JAR + ": run ./mvnw verify -Pfault (it packages first)");
        }
        launch();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance exited at start:\n" + logText());
            }
            if (status("/q/health/live") == 200) {
                return this;
            }
            sleep(100);
        }
        throw new IllegalStateException("instance not live after 90 s:\n" + logText());
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-Xss512k", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves a variable out of the environment, as an operator who forgot it would. */
    ProductionInstance without(String variable) {
        env.remove(variable);
        return this;
    }

    /** Starts the jar expecting it to refuse the start; returns what it logged before exiting. */
    String refusedStart() {
        launch();
        try {
            if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
                close();
                throw new IllegalStateException("the start was not refused:\n" + logText());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return logText();
    }

    /** The status of a path on the clients' port, whatever the path. */
    int statusOnClientPort(String path) {
        try {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20)).GET().build()).statusCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** SIGKILL: no shutdown hook, no transaction finished; what a power cut or the OOM killer does. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + (path.startsWith("/q/") ? managementPort : port) + path;
    }

    int status(String path) {
        try {
            return get(path).statusCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Posts an HTML form's fields (application/x-www-form-urlencoded), as a browser sends them. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A booking request for one of the fault suite's around-the-clock therapists. */
    HttpResponse<String> book(String therapist, java.time.Instant start, String email) {
        return post("/api/bookings", "{\"therapist\":\"" + therapist + "\",\"start\":\"" + start + "\",\"timezone\":\"UTC\","
                + "\"client\":{\"name\":\"Fault Client\",\"email\":\"" + email + "\"},\"consent\":true}");
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
