package app.hearth.image;

import java.util.Optional;

/** The picture formats an upload may be, recognised by their first bytes; a file's name and declared type count for nothing. */
public enum ImageKind {
    JPEG, PNG, WEBP;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The format the bytes start like, or empty (HTML, SVG, PDF and everything else). */
    public static Optional<ImageKind> sniff(byte[] data) {
        if (data == null) {
            return Optional.empty();
        }
        if (data.length >= 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(data, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (data.length >= 12 && startsWith(data, 0, new byte[]{'R', 'I', 'F', 'F'})
                && startsWith(data, 8, new byte[]{'W', 'E', 'B', 'P'})) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (data.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
