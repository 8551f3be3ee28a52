package app.hearth.image;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads are judged by their bytes, and what comes out is a fresh, smaller JPEG with nothing of the original's metadata. */
class ImageCleanerTest {

    private final ImageCleaner cleaner = new ImageCleaner(5L * 1024 * 1024, 800);

    @Test
    void aCameraJpegLosesItsExifAndShrinksToTheLongestSide() throws Exception {
        byte[] upload = TestImages.jpegWithExif(1600, 1000);
        assertTrue(TestImages.contains(upload, TestImages.SECRET), "the test picture carries the GPS note");
        assertTrue(ImageIO.read(new ByteArrayInputStream(upload)) != null, "the test picture is a real JPEG");

        CleanImage clean = cleaner.clean(upload);

        assertEquals("image/jpeg", clean.contentType());
        assertFalse(TestImages.contains(clean.bytes(), TestImages.SECRET));
        assertFalse(TestImages.contains(clean.bytes(), "Exif"));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertEquals(800, back.getWidth());
        assertEquals(500, back.getHeight());
    }

    @Test
    void pngAndWebpAreAcceptedAndSmallPicturesKeepTheirSize() throws Exception {
        CleanImage png = cleaner.clean(TestImages.png(300, 200));
        assertEquals(300, png.width());
        assertEquals(200, png.height());

        CleanImage webp = cleaner.clean(TestImages.webp(40, 30, new Color(200, 30, 60)));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(webp.bytes()));
        assertEquals(40, back.getWidth());
        assertEquals(30, back.getHeight());
        Color pixel = new Color(back.getRGB(20, 15));
        assertTrue(Math.abs(pixel.getRed() - 200) < 8 && Math.abs(pixel.getGreen() - 30) < 8
                && Math.abs(pixel.getBlue() - 60) < 8, "the WebP's colour survives: " + pixel);
    }

    @Test
    void thingsThatAreNotPicturesAreRefusedWhateverTheyAreCalled() {
        String[] notPictures = {
                "<html><script>alert(1)</script></html>",
                "%PDF-1.7\n1 0 obj\n<<>>\nendobj",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                "GIF89a\1\0\1\0"};
        for (String text : notPictures) {
            ImageRejected refused = assertThrows(ImageRejected.class,
                    () -> cleaner.clean(text.getBytes(StandardCharsets.UTF_8)));
            assertEquals("The file is not a JPEG, PNG or WebP picture.", refused.getMessage());
        }
    }

    @Test
    void aTruncatedPictureAnOversizedOneAndNothingAreRefused() {
        byte[] png = TestImages.png(200, 200);
        byte[] cut = java.util.Arrays.copyOf(png, 60);
        assertEquals("The picture could not be read; it may be damaged.",
                assertThrows(ImageRejected.class, () -> cleaner.clean(cut)).getMessage());
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, big, 0, png.length);
        assertEquals("The picture is larger than 5 MB.",
                assertThrows(ImageRejected.class, () -> cleaner.clean(big)).getMessage());
        assertEquals("Choose a picture to upload.",
                assertThrows(ImageRejected.class, () -> cleaner.clean(new byte[0])).getMessage());
    }

    @Test
    void kindsAreToldByTheirFirstBytes() {
        assertEquals(Optional.of(ImageKind.JPEG), ImageKind.sniff(TestImages.jpegWithExif(10, 10)));
        assertEquals(Optional.of(ImageKind.PNG), ImageKind.sniff(TestImages.png(10, 10)));
        assertEquals(Optional.of(ImageKind.WEBP), ImageKind.sniff(TestImages.webp(2, 2, Color.RED)));
        assertEquals(Optional.empty(), ImageKind.sniff("RIFF0000WAVE".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), ImageKind.sniff(new byte[]{(byte) 0xff, (byte) 0xd8}));
    }
}
