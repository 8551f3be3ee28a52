package app.hearth.calendarsync;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A server that drops connections: reads are tried again, writes are not (they may have happened). */
class CalendarHttpTest {

    private final CalendarHttp http = new CalendarHttp(new AddressGuard(List.of("127.0.0.1"), InetAddress::getAllByName));

    @Test
    void aReadSurvivesOneDroppedConnection() throws Exception {
        try (DroppingServer server = new DroppingServer(1)) {
            CalendarHttp.Answer answer = http.send("REPORT", server.url(), null, Map.of(), "<query/>");
            assertEquals(200, answer.status());
            assertEquals("BEGIN:VCALENDAR", answer.text());
            assertEquals(2, server.connections.get());
        }
    }

    @Test
    void aServerThatKeepsDroppingFailsAfterThreeTries() throws Exception {
        try (DroppingServer server = new DroppingServer(Integer.MAX_VALUE)) {
            CalendarHttp.Failed failed = assertThrows(CalendarHttp.Failed.class,
                    () -> http.send("PROPFIND", server.url(), null, Map.of(), "<propfind/>"));
            assertEquals("The calendar server could not be reached.", failed.getMessage());
            assertEquals(3, server.connections.get());
        }
    }

    @Test
    void aWriteIsNotSentTwice() throws Exception {
        try (DroppingServer server = new DroppingServer(1)) {
            assertThrows(CalendarHttp.Failed.class, () -> http.send("PUT", server.url(), null, Map.of(), "BEGIN:VCALENDAR"));
            assertEquals(1, server.connections.get());
        }
    }

    /** Closes its first {@code drops} connections without a byte, then answers 200 with a tiny calendar. */
    private static final class DroppingServer implements AutoCloseable {
        final AtomicInteger connections = new AtomicInteger();
        private final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        private final Thread thread;

        DroppingServer(int drops) throws IOException {
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        if (connections.incrementAndGet() > drops) {
                            answer(client);
                        }
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        private static void answer(Socket client) throws IOException {
            InputStream in = client.getInputStream();
            byte[] buffer = new byte[8192];
            StringBuilder head = new StringBuilder();
            while (!head.toString().contains("\r\n\r\n")) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                head.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
            OutputStream out = client.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/calendar\r\nContent-Length: 15\r\nConnection: close\r\n\r\n"
                    + "BEGIN:VCALENDAR").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/calendar/";
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
