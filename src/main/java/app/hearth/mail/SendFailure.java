package app.hearth.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Why a delivery failed and whether trying again can help: SMTP 5xx and invalid addresses are permanent;
 * 4xx, I/O errors and timeouts are transient. The summary never carries an address or other personal data.
 */
record SendFailure(boolean permanent, String summary) {

    private static final Pattern ADDRESS = Pattern.compile("<?[^\\s<>\"]+@[^\\s<>\"]+>?");
    private static final int MAX_SUMMARY = 300;

    public static SendFailure of(Exception failure) {
        Integer code = smtpCode(failure);
        if (code != null) {
            return new SendFailure(code >= 500, "SMTP " + code + ": " + scrub(serverText(failure)));
        }
        if (failure instanceof AddressException || hasInvalidAddresses(failure)) {
            return new SendFailure(true, "invalid recipient address");
        }
        if (failure instanceof AuthenticationFailedException) {
            // a configuration problem the operator can fix; keep the mail until then
            return new SendFailure(false, "SMTP authentication failed");
        }
        Throwable io = cause(failure, IOException.class);
        if (io != null) {
            return new SendFailure(false, "I/O: " + io.getClass().getSimpleName() + " " + scrub(io.getMessage()));
        }
        return new SendFailure(false, failure.getClass().getSimpleName() + ": " + scrub(failure.getMessage()));
    }

    /** The reply code of the first SMTP command the server refused, if the server refused one. */
    private static Integer smtpCode(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SMTPAddressFailedException e) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSenderFailedException e) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException e && e.getReturnCode() > 0) {
                return e.getReturnCode();
            }
        }
        return null;
    }

    private static String serverText(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SMTPAddressFailedException || t instanceof SMTPSenderFailedException
                    || t instanceof SMTPSendFailedException) {
                return t.getMessage();
            }
        }
        return failure.getMessage();
    }

    private static boolean hasInvalidAddresses(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SendFailedException sfe && sfe.getInvalidAddresses() != null
                    && sfe.getInvalidAddresses().length > 0 && smtpCode(sfe) == null) {
                return true;
            }
        }
        return false;
    }

    private static Throwable cause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t : chain(failure)) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** The causes and, for Jakarta Mail, the chained "next" exceptions, which hold the per-recipient replies. */
    private static java.util.List<Throwable> chain(Throwable failure) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty() && all.size() < 20) {
            Throwable t = todo.poll();
            if (all.contains(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                todo.add(m.getNextException());
            }
        }
        return all;
    }

    /** Drops addresses and line breaks from server text, so the stored error names no one. */
    static String scrub(String text) {
        if (text == null) {
            return "";
        }
        String clean = ADDRESS.matcher(text).replaceAll("<address>").replaceAll("[\\p{Cc}]+", " ").strip();
        return clean.length() > MAX_SUMMARY ? clean.substring(0, MAX_SUMMARY) : clean;
    }
}
