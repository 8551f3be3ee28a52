package app.hearth.common;

import io.smallrye.config.ConfigMapping;

/**
 * Settings a production start cannot do without. In %prod each is bound to its environment variable with
 * no default, so a missing one stops the start at once with a message that names the variable; in dev and
 * test the embedded mode supplies them.
 */
@ConfigMapping(prefix = "hearth.required")
public interface ProductionSettings {

    /** QUARKUS_DATASOURCE_JDBC_URL: the PostgreSQL database. */
    String databaseUrl();

    /** QUARKUS_DATASOURCE_USERNAME: the database role. */
    String databaseUsername();

    /** HEARTH_JWT_PRIVATE_KEY_LOCATION: the PEM private key that signs access tokens. */
    String jwtPrivateKeyLocation();

    /** HEARTH_JWT_PUBLIC_KEY_LOCATION: the PEM public key that verifies them. */
    String jwtPublicKeyLocation();

    /** HEARTH_INTAKE_ENCRYPTION_KEY: base64 of the 32-byte key that seals intake answers. */
    String intakeEncryptionKey();
}
