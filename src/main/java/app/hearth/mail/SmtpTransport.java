package app.hearth.mail;

import app.hearth.common.HearthConfig;
import app.hearth.common.MailSettings;
import io.micrometer.core.annotation.Counted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import java.util.Properties;

/** Sends through the SMTP server named by HEARTH_MAIL_SMTP_* with Jakarta Mail (Eclipse Angus). */
@ApplicationScoped
class SmtpTransport implements MailTransport {

    @Inject
    HearthConfig config;

    private volatile Session session;

    @Override
    public Session session() {
        if (session == null) {
            session = Session.getInstance(properties(config.mail().smtp(), config.mail().from()));
        }
        return session;
    }

    @Override
    @Counted(value = "hearth.mail.deliveries", description = "Delivery attempts by result (success or failure)")
    public void deliver(MimeMessage message, String reference) throws MessagingException {
        MailSettings.Smtp smtp = config.mail().smtp();
        if (smtp.username().isPresent()) {
            Transport.send(message, smtp.username().get(), smtp.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }

    static Properties properties(MailSettings.Smtp smtp, String from) {
        Properties p = new Properties();
        String millis = Long.toString(smtp.timeout().toMillis());
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", smtp.host().orElseThrow());
        p.put("mail.smtp.port", Integer.toString(smtp.port()));
        p.put("mail.smtp.from", from);
        // without these a dead or stalled server would hold the relay thread forever
        p.put("mail.smtp.connectiontimeout", millis);
        p.put("mail.smtp.timeout", millis);
        p.put("mail.smtp.writetimeout", millis);
        p.put("mail.smtp.auth", Boolean.toString(smtp.username().isPresent()));
        if (smtp.starttls()) {
            // required, not merely enabled: never fall back to sending credentials and mail in clear
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }
}
