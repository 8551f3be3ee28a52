package app.hearth.fault;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the production jar refuses to do by default: show operator endpoints to clients, start without a way to
 * send mail, or guess the address that goes into every mailed link.
 */
@Tag("fault")
class ProductionDefaultsTest {

    @TempDir
    Path home;

    final FaultDatabase db = new FaultDatabase();
    final List<ProductionInstance> running = new ArrayList<>();

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @AfterEach
    void stopEverything() {
        running.forEach(ProductionInstance::close);
    }

    @Test
    void healthMetricsAndTheApiDocumentLiveOnTheManagementPortOnly() {
        ProductionInstance app = instance(Map.of());
        app.start();
        for (String operatorPath : List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            assertEquals(404, app.statusOnClientPort(operatorPath), operatorPath + " on the clients' port");
        }
        assertEquals(200, app.status("/q/health/ready"));
        assertEquals(200, app.status("/q/metrics"));
        assertEquals(200, app.statusOnClientPort("/"), "the site itself is on the clients' port");
    }

    @Test
    void aStartWithNoMailRelayIsRefusedUnlessDroppingMailIsChosen() {
        String log = instance(Map.of()).without("HEARTH_MAIL_DROP_ONLY").refusedStart();
        assertTrue(log.contains("HEARTH_MAIL_SMTP_HOST") && log.contains("HEARTH_MAIL_DROP_ONLY"), log);
    }

    @Test
    void aStartWithoutThePublicAddressIsRefused() {
        String log = instance(Map.of()).without("HEARTH_PUBLIC_URL").refusedStart();
        assertTrue(log.contains("HEARTH_PUBLIC_URL"), log);
    }

    private ProductionInstance instance(Map<String, String> extra) {
        ProductionInstance instance = new ProductionInstance(db, home, extra);
        running.add(instance);
        return instance;
    }
}
