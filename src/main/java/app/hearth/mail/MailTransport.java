package app.hearth.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;

/** Where composed messages go: an SMTP server, or files when none is configured. */
interface MailTransport {

    /** The session messages are composed in (it carries the SMTP settings). */
    Session session();

    void deliver(MimeMessage message, String reference) throws MessagingException, IOException;
}
