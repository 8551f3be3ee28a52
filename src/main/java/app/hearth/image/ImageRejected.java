package app.hearth.image;

/** An upload that is not an acceptable picture; the message is written for the person who sent it. */
public class ImageRejected extends Exception {

    public ImageRejected(String message) {
        super(message);
    }
}
