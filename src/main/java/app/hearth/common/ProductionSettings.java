package app.hearth.common;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * Stops a production start at once when a required setting is missing, naming every missing variable,
 * instead of failing later on the first request that needs it.
 */
@ApplicationScoped
public class ProductionSettings {

    /** Property name and the environment variable an operator sets for it. */
    private static final List<String[]> REQUIRED = List.of(
            new String[] {"quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL"},
            new String[] {"quarkus.datasource.username", "QUARKUS_DATASOURCE_USERNAME"},
            new String[] {"hearth.jwt.private-key-location", "HEARTH_JWT_PRIVATE_KEY_LOCATION"},
            new String[] {"hearth.jwt.public-key-location", "HEARTH_JWT_PUBLIC_KEY_LOCATION"},
            new String[] {"hearth.intake.encryption-key", "HEARTH_INTAKE_ENCRYPTION_KEY"});

    void check(@Observes @Priority(1) StartupEvent start) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String[] required : REQUIRED) {
            String value = ConfigProvider.getConfig().getOptionalValue(required[0], String.class).orElse("");
            if (value.isBlank()) {
                missing.add(required[1]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Hearth cannot start in production: set " + String.join(", ", missing));
        }
    }
}
