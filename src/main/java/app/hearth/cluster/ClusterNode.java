package app.hearth.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * This instance as one of several sharing a database: its id, whether the database is PostgreSQL (the only one
 * several instances can share; H2 serves one instance in development, and every cluster feature is then a no-op),
 * and a connection of its own outside the pool for work that holds one for long (LISTEN).
 */
@ApplicationScoped
public class ClusterNode {

    private final String id = UUID.randomUUID().toString();

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** Random per start: a restarted instance is a new member, and its own notices are told apart by it. */
    public String id() {
        return id;
    }

    public boolean shared() {
        return "postgresql".equals(dbKind);
    }

    /** A new connection straight from the driver; the caller closes it. */
    Connection dedicatedConnection() throws SQLException {
        return DriverManager.getConnection(url, username.orElse(""), password.orElse(""));
    }
}
