package app.hearth.image;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Pictures made in the test: JPEG with an EXIF block holding a GPS tag, PNG, and a lossless WebP of one colour. */
public final class TestImages {

    /** Bytes planted in the EXIF block; a cleaned picture must not contain them. */
    public static final String SECRET = "GPS 43.6532N 79.3832W home";

    private TestImages() {
    }

    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height), "png");
    }

    /** A JPEG with an APP1 "Exif" segment (carrying {@link #SECRET}) right after its start marker, as cameras write. */
    public static byte[] jpegWithExif(int width, int height) {
        byte[] plain = write(picture(width, height), "jpeg");
        byte[] payload = ("Exif\0\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xff);
        out.write(0xe1);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xff);
        out.write(payload, 0, payload.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /**
     * A lossless WebP (VP8L) of one colour: five prefix codes of one symbol each, so every pixel takes no bits. The
     * JDK cannot write WebP, and this keeps binary fixtures out of the repository.
     */
    public static byte[] webp(int width, int height, Color colour) {
        Bits bits = new Bits();
        bits.put(0x2f, 8);
        bits.put(width - 1, 14);
        bits.put(height - 1, 14);
        bits.put(0, 1); // no alpha used
        bits.put(0, 3); // version 0
        bits.put(0, 1); // no transform
        bits.put(0, 1); // no colour cache
        bits.put(0, 1); // no meta prefix codes
        for (int symbol : new int[]{colour.getGreen(), colour.getRed(), colour.getBlue(), 255}) {
            bits.put(1, 1); // simple code
            bits.put(0, 1); // one symbol
            bits.put(1, 1); // 8-bit symbol
            bits.put(symbol, 8);
        }
        bits.put(1, 1); // distance code: simple, one symbol, 1-bit symbol 0
        bits.put(0, 1);
        bits.put(0, 1);
        bits.put(0, 1);
        // trailing zero bytes: decoders read ahead by whole words, and a real encoder's output is never this short
        byte[] payload = java.util.Arrays.copyOf(bits.bytes(), 32);
        int padded = payload.length + (payload.length % 2);
        ByteBuffer file = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
        file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put("VP8L".getBytes(StandardCharsets.US_ASCII))
                .putInt(payload.length).put(payload);
        return file.array();
    }

    public static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    /** Least-significant bit first, as VP8L reads them. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void put(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= ((value >> i) & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] bytes() {
            if (used > 0) {
                out.write(current);
                current = 0;
                used = 0;
            }
            return out.toByteArray();
        }
    }
}
