package app.hearth.cluster;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;

/** A job that only counts its runs, to see when {@link RunsOnce} lets it run. */
@ApplicationScoped
public class CountedJob {

    private final AtomicInteger runs = new AtomicInteger();

    /** Read through a method: the injected client proxy has fields of its own. */
    int runs() {
        return runs.get();
    }

    @RunsOnce
    void run() {
        runs.incrementAndGet();
    }
}
