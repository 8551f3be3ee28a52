package app.hearth.support;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A software passkey for tests that need no browser: an ES256 key pair, "none" attestation, and assertions signed
 * as an authenticator would (over authenticator data and the client data's hash), encoded as passkey.js posts them.
 */
public final class SoftAuthenticator {

    private static final ObjectConverter CONVERTER = new ObjectConverter();
    private static final byte FLAGS = AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV;

    private final KeyPair keys;
    private final byte[] credentialId = new byte[32];
    private final String rpId;
    private long counter;

    public SoftAuthenticator(String rpId) {
        this.rpId = rpId;
        new SecureRandom().nextBytes(credentialId);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The registration answer to a challenge, as the page's form fields. */
    public Map<String, String> register(String challenge, String origin) {
        AttestedCredentialData credential = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data = new AuthenticatorData<>(sha256(rpId.getBytes(
                StandardCharsets.UTF_8)), (byte) (FLAGS | AuthenticatorData.BIT_AT), counter, credential);
        byte[] attestation = new AttestationObjectConverter(CONVERTER).convertToBytes(
                new AttestationObject(data, new NoneAttestationStatement()));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("clientDataJSON", b64(clientData("webauthn.create", challenge, origin)));
        fields.put("attestationObject", b64(attestation));
        fields.put("transports", "internal");
        return fields;
    }

    /** An authentication answer to a challenge, signed with this passkey's key, as the page's form fields. */
    public Map<String, String> assertion(String challenge, String origin, String userHandle) {
        counter++;
        byte[] authenticatorData = new AuthenticatorDataConverter(CONVERTER).convert(
                new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)), FLAGS, counter));
        byte[] clientData = clientData("webauthn.get", challenge, origin);
        byte[] signed = new byte[authenticatorData.length + 32];
        System.arraycopy(authenticatorData, 0, signed, 0, authenticatorData.length);
        System.arraycopy(sha256(clientData), 0, signed, authenticatorData.length, 32);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("credentialId", b64(credentialId));
        fields.put("clientDataJSON", b64(clientData));
        fields.put("authenticatorData", b64(authenticatorData));
        fields.put("signature", b64(sign(signed)));
        fields.put("userHandle", userHandle == null ? "" : userHandle);
        return fields;
    }

    private byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(keys.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] clientData(String type, String challenge, String origin) {
        return ("{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
