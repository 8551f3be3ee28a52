package app.hearth.mail;

import app.hearth.common.MailAddress;

import java.util.Objects;

/**
 * One message to queue: the recipient, the subject, a plain-text and an optional HTML body, an optional
 * calendar (sent as an iMIP invitation), a reference that identifies it in logs without naming anyone, and
 * the address of the client it concerns, if any (the client themselves, or the client a therapist's copy is
 * about), so that erasing that client erases the message too.
 */
public record OutgoingMail(String toAddress, String toName, String subject, String textBody, String htmlBody,
                           CalendarPart calendar, String reference, String aboutClient) {

    /** A message that concerns no client (a test message, a note to staff). */
    public OutgoingMail(String toAddress, String toName, String subject, String textBody, String htmlBody,
                        CalendarPart calendar, String reference) {
        this(toAddress, toName, subject, textBody, htmlBody, calendar, reference, null);
    }

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
