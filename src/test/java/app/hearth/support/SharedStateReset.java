package app.hearth.support;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * The one place that puts shared test state back after every {@code @QuarkusTest} method: the clock returns to
 * {@link TestClock#START} and an SMTP server a test took down comes back, so no test class repeats the chore
 * and no test sees what the previous one left.
 */
public class SharedStateReset implements QuarkusTestAfterEachCallback {

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        ArcContainer container = Arc.container();
        if (container != null) {
            var clock = container.instance(TestClock.class);
            if (clock.isAvailable()) {
                clock.get().reset();
            }
        }
        SmtpTestResource.restoreIfRunning();
    }
}
