import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A booking storm: 200 requests released at once, 20 for each of the same 10 slots. Prints
 * "storm requests=200 created=N conflicts=N other=N slots_won=N" and, per slot, how many 201s it got.
 * Usage: java Storm.java BASE_URL THERAPIST START1,START2,...
 */
public class Storm {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String therapist = args[1];
        List<String> starts = List.of(args[2].split(","));
        int requests = 200;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        Map<String, AtomicInteger> wins = new ConcurrentHashMap<>();
        List<Future<?>> done = new java.util.ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String start = starts.get(i % starts.size());
            String body = "{\"therapist\":\"" + therapist + "\",\"start\":\"" + start + "\",\"timezone\":\"UTC\","
                    + "\"client\":{\"name\":\"Storm Client\",\"email\":\"storm-" + i + "@example.org\"},\"consent\":true}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/bookings"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            done.add(pool.submit(() -> {
                gate.await();
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 201) {
                    created.incrementAndGet();
                    wins.computeIfAbsent(start, s -> new AtomicInteger()).incrementAndGet();
                } else if (answer.statusCode() == 409) {
                    conflicts.incrementAndGet();
                } else {
                    other.incrementAndGet();
                    System.err.println("unexpected " + answer.statusCode() + " " + answer.body());
                }
                return null;
            }));
        }
        gate.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("storm requests=%d created=%d conflicts=%d other=%d slots_won=%d max_per_slot=%d%n",
                requests, created.get(), conflicts.get(), other.get(), wins.size(),
                wins.values().stream().mapToInt(AtomicInteger::get).max().orElse(0));
    }
}
