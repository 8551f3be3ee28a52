package app.hearth.image;

/** A picture as re-encoded here: only pixels, no metadata from the upload. */
public record CleanImage(byte[] bytes, String contentType, int width, int height) {

    public String extension() {
        return "image/png".equals(contentType) ? "png" : "jpg";
    }
}
