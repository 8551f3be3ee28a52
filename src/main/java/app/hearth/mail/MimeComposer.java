package app.hearth.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Builds the MIME message for an outbox row. With a calendar it is an iMIP message (RFC 6047):
 * multipart/mixed holding multipart/alternative (text/plain, text/html, then text/calendar with the
 * calendar's METHOD) and the same calendar attached as invite.ics.
 */
final class MimeComposer {

    private MimeComposer() {
    }

    /** What the composer needs from a row, detached from the database. */
    record Content(String messageId, String from, String fromName, String toAddress, String toName, String subject,
                   String textBody, String htmlBody, String calendarIcs, String calendarMethod, Instant date) {

        static Content of(OutboxMessage row, String from, String fromName, Instant date) {
            return new Content(row.messageId, from, fromName, row.toAddress, row.toName, row.subject, row.textBody,
                    row.htmlBody, row.calendarIcs, row.calendarMethod, date);
        }
    }

    static MimeMessage compose(Session session, Content mail) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, mail.messageId());
        message.setFrom(address(mail.from(), mail.fromName()));
        message.setRecipient(Message.RecipientType.TO, address(mail.toAddress(), mail.toName()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(mail.date()));
        message.setHeader("Auto-Submitted", "auto-generated");

        if (mail.calendarIcs() == null && mail.htmlBody() == null) {
            message.setText(mail.textBody(), "UTF-8", "plain");
        } else if (mail.calendarIcs() == null) {
            message.setContent(alternative(mail));
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative(mail));
            mixed.addBodyPart(body);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    mail.calendarIcs().getBytes(StandardCharsets.UTF_8), "application/ics; name=\"invite.ics\"")));
            attachment.setFileName("invite.ics");
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(attachment);
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static MimeMultipart alternative(Content mail) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.textBody(), "UTF-8", "plain");
        alternative.addBodyPart(text);
        if (mail.htmlBody() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.htmlBody(), "UTF-8", "html");
            alternative.addBodyPart(html);
        }
        if (mail.calendarIcs() != null) {
            // last, so clients that understand calendars prefer it; the MIME method always equals METHOD
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    mail.calendarIcs().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + mail.calendarMethod())));
            alternative.addBodyPart(calendar);
        }
        return alternative;
    }

    private static InternetAddress address(String address, String name) throws MessagingException {
        try {
            return name == null || name.isBlank() ? new InternetAddress(address, true)
                    : new InternetAddress(address, name, "UTF-8");
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Keeps the Message-ID fixed at enqueue time; Jakarta Mail would otherwise invent a new one per attempt. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
