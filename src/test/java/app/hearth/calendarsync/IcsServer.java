package app.hearth.calendarsync;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 serving one calendar with an ETag, counting full and "not modified" answers. */
public final class IcsServer implements AutoCloseable {

    private final HttpServer server;
    private volatile String body;
    private volatile int version;
    public final AtomicInteger full = new AtomicInteger();
    public final AtomicInteger notModified = new AtomicInteger();

    public IcsServer(String ics) throws IOException {
        body = ics;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String etag = "\"v" + version + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            full.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    public void publish(String ics) {
        body = ics;
        version++;
    }

    /** The private address of the calendar, with a path that stands in for the secret a real feed URL carries. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/private-feed-s3cr3t/basic.ics";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
