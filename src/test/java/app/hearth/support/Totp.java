package app.hearth.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import java.time.Instant;

/** What a person's authenticator app shows: the RFC 6238 code of a secret at a moment. */
public final class Totp {

    private Totp() {
    }

    public static String code(String secret, Instant at) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret.replace(" ", ""),
                    at.getEpochSecond() / 30);
        } catch (CodeGenerationException e) {
            throw new AssertionError(e);
        }
    }
}
