package app.hearth.widget;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A practice's own website for the browser tests: a tiny HTTP server on another port, so its pages are another
 * origin than Hearth. It answers on every loopback name: http://127.0.0.1:PORT is on the allow list of
 * {@link EmbedTestProfile}, http://localhost:PORT (a different origin, same server) is not.
 */
final class HostSite implements AutoCloseable {

    private static final String PORT_PROPERTY = "widget-test.host-site-port";
    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    /** The port, chosen once per JVM so the test profile's allow list and the server agree. */
    static synchronized int port() {
        String chosen = System.getProperty(PORT_PROPERTY);
        if (chosen == null) {
            try (ServerSocket probe = new ServerSocket(0)) {
                chosen = Integer.toString(probe.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(PORT_PROPERTY, chosen);
        }
        return Integer.parseInt(chosen);
    }

    static String allowedOrigin() {
        return "http://127.0.0.1:" + port();
    }

    static String otherOrigin() {
        return "http://localhost:" + port();
    }

    HostSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(port()), 0);
        server.createContext("/", exchange -> {
            String html = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", html == null ? "text/plain" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Publishes a page: the practice's text around the given widget markup, recording hearth:booked events. */
    void page(String path, String widgetMarkup) {
        pages.put(path, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>A practice's own website</title></head>
                <body>
                <h1>Welcome to our practice</h1>
                <p><a href="#about" id="about-link">About us</a></p>
                %s
                <p id="after">We look forward to meeting you.</p>
                <script>
                  window.hearthBooked = [];
                  window.hearthResizes = 0;
                  window.addEventListener('message', function (event) {
                    if (event.data && event.data.type === 'hearth:resize') { window.hearthResizes++; }
                  });
                  document.addEventListener('hearth:booked', function (event) {
                    window.hearthBooked.push({ reference: event.detail.reference, start: event.detail.start,
                      widget: event.target.id || event.target.className });
                  });
                </script>
                </body></html>
                """.formatted(widgetMarkup));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
