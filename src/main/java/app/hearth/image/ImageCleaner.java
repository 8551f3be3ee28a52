package app.hearth.image;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Turns an uploaded JPEG, PNG or WebP into a fresh JPEG no larger than a given side. Only decoded pixels are written
 * back, so EXIF (camera, GPS), comments and anything smuggled after the image data are gone. Pure: no CDI, no I/O
 * beyond memory, so photos, social images and logos can all use it.
 */
public final class ImageCleaner {

    /** Pictures above this many pixels are refused before decoding, so a tiny file cannot claim gigabytes of memory. */
    static final long MAX_PIXELS = 50_000_000L;
    private static final float QUALITY = 0.88f;

    private final long maxBytes;
    private final int maxSide;

    public ImageCleaner(long maxBytes, int maxSide) {
        this.maxBytes = maxBytes;
        this.maxSide = maxSide;
    }

    public CleanImage clean(byte[] upload) throws ImageRejected {
        if (upload == null || upload.length == 0) {
            throw new ImageRejected("Choose a picture to upload.");
        }
        if (upload.length > maxBytes) {
            throw new ImageRejected("The picture is larger than " + (maxBytes / (1024 * 1024)) + " MB.");
        }
        ImageKind kind = ImageKind.sniff(upload).orElseThrow(() ->
                new ImageRejected("The file is not a JPEG, PNG or WebP picture."));
        BufferedImage decoded = decode(kind, upload);
        return encode(shrink(decoded));
    }

    private BufferedImage decode(ImageKind kind, byte[] upload) throws ImageRejected {
        ImageReader reader = reader(kind);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels <= 0 || pixels > MAX_PIXELS) {
                throw new ImageRejected("The picture has too many pixels.");
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw new ImageRejected("The picture could not be read.");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            // a truncated or forged file fails inside the decoder; the sender only needs to know it is unusable
            throw new ImageRejected("The picture could not be read; it may be damaged.");
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(ImageKind kind) throws ImageRejected {
        try {
            if (kind == ImageKind.WEBP) {
                // created directly: ImageIO's plugin scan depends on the class loader that first touched it
                return new WebPImageReaderSpi().createReaderInstance();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.name().toLowerCase());
            if (!readers.hasNext()) {
                throw new ImageRejected("This kind of picture cannot be read here.");
            }
            return readers.next();
        } catch (IOException e) {
            throw new ImageRejected("This kind of picture cannot be read here.");
        }
    }

    /** Scaled to fit maxSide, on a white background (JPEG has no transparency). */
    private BufferedImage shrink(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static CleanImage encode(BufferedImage image) throws ImageRejected {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new ImageRejected("The picture could not be converted.");
        } finally {
            writer.dispose();
        }
        return new CleanImage(bytes.toByteArray(), "image/jpeg", image.getWidth(), image.getHeight());
    }
}
