package app.hearth.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** Runs a GreenMail SMTP server on a free port for the test run and points HEARTH_MAIL_SMTP_* at it. */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile TestSmtpServer server;
    private static volatile int port;
    /** True between the test resource's start and stop: only then may a test bring the server back. */
    private static volatile boolean running;

    @Override
    public Map<String, String> start() {
        port = freePort();
        running = true;
        up();
        return Map.of("hearth.mail.smtp.host", "127.0.0.1",
                "hearth.mail.smtp.port", Integer.toString(port),
                "hearth.mail.smtp.starttls", "false",
                "hearth.mail.smtp.timeout", "5s");
    }

    @Override
    public void stop() {
        running = false;
        down();
    }

    /** The running server (started again by {@link #up()} after {@link #down()}). */
    public static TestSmtpServer server() {
        return server;
    }

    /** Takes the SMTP server away, as an outage would. */
    public static synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Brings the server (back) on the same port, with an empty mailbox. */
    public static synchronized void up() {
        if (server == null) {
            TestSmtpServer fresh = new TestSmtpServer(port);
            fresh.start();
            server = fresh;
        }
    }

    /** Brings the server back after a test that took it down, when this resource serves the running test. */
    static void restoreIfRunning() {
        if (running) {
            up();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
