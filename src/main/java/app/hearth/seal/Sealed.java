package app.hearth.seal;

/**
 * A sealed value as it is stored: the id of the key that sealed it and "v1." + base64url(iv || ciphertext || tag).
 *
 * @param keyId   the public fingerprint of the sealing key (see {@link Sealer#keyId(byte[])})
 * @param payload the text to store
 */
public record Sealed(String keyId, String payload) {
}
