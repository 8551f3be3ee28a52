package app.hearth.support;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tokens an attacker might try: each is wrong in exactly one way, with the groups of a real user, so a
 * test that sees one accepted has found a hole rather than a typo.
 */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    /** Every forgery by name, for table-driven tests; each claims both groups. */
    public static Map<String, String> all() {
        Set<String> groups = Set.of("therapist", "admin");
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("signed by another key", claims(groups).jws().algorithm(SignatureAlgorithm.RS256).sign(otherKey()));
        forged.put("alg none", unsigned(groups));
        forged.put("HS256 signed with the public key", claims(groups).jws().algorithm(SignatureAlgorithm.HS256)
                .signWithSecret(publicKeyPem()));
        forged.put("expired", Jwt.issuer(issuer()).audience(audience()).subject("1").groups(groups)
                .issuedAt(Instant.now().minus(Duration.ofHours(3))).expiresAt(Instant.now().minus(Duration.ofHours(2)))
                .jws().algorithm(SignatureAlgorithm.RS256).sign());
        forged.put("wrong issuer", Jwt.issuer("someone-else").audience(audience()).subject("1").groups(groups)
                .expiresIn(Duration.ofMinutes(10)).jws().algorithm(SignatureAlgorithm.RS256).sign());
        forged.put("wrong audience", Jwt.issuer(issuer()).audience("another-api").subject("1").groups(groups)
                .expiresIn(Duration.ofMinutes(10)).jws().algorithm(SignatureAlgorithm.RS256).sign());
        forged.put("lives longer than an hour", Jwt.issuer(issuer()).audience(audience()).subject("1").groups(groups)
                .expiresIn(Duration.ofDays(30)).jws().algorithm(SignatureAlgorithm.RS256).sign());
        forged.put("garbage", "not.a.token");
        return forged;
    }

    private static JwtClaimsBuilder claims(Set<String> groups) {
        return Jwt.issuer(issuer()).audience(audience()).subject("1").groups(groups).expiresIn(Duration.ofMinutes(10));
    }

    private static String unsigned(Set<String> groups) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + issuer() + "\",\"aud\":\"" + audience() + "\",\"sub\":\"1\",\"groups\":[\""
                + String.join("\",\"", groups) + "\"],\"iat\":" + now + ",\"exp\":" + (now + 600) + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static PrivateKey otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicKeyPem() {
        try {
            return Files.readString(Path.of(config("hearth.jwt.public-key-location")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String issuer() {
        return config("mp.jwt.verify.issuer");
    }

    private static String audience() {
        return config("mp.jwt.verify.audiences");
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
