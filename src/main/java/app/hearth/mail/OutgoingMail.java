package app.hearth.mail;

import app.hearth.common.MailAddress;

import java.util.Objects;

/**
 * One message to queue: the recipient, the subject, a plain-text and an optional HTML body, an optional
 * calendar (sent as an iMIP invitation), and a reference that identifies it in logs without naming anyone.
 */
public record OutgoingMail(String toAddress, String toName, String subject, String textBody, String htmlBody,
                           CalendarPart calendar, String reference) {

    public OutgoingMail {
        Objects.requireNonNull(toAddress, "toAddress");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(reference, "reference");
        // the address lands in an SMTP envelope and the name and subject in headers: no injection, ever
        if (!MailAddress.Validator.isValid(toAddress)) {
            throw new IllegalArgumentException("not a deliverable address (reference " + reference + ")");
        }
        if (hasControlCharacters(subject) || (toName != null && hasControlCharacters(toName))
                || hasControlCharacters(reference)) {
            throw new IllegalArgumentException("header text with control characters (reference " + reference + ")");
        }
        if (subject.isBlank() || reference.isBlank()) {
            throw new IllegalArgumentException("subject and reference must not be blank");
        }
    }

    private static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }
}
