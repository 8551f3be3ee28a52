package app.hearth.support;

import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;

/** Gives test therapists a name and an address, and finds what GreenMail received for one recipient. */
@ApplicationScoped
public class MailFixtures {

    @Transactional
    public void contact(Therapist therapist, String name, String email) {
        Therapist.update("name = ?1, email = ?2 where id = ?3", name, email, therapist.id);
        therapist.name = name;
        therapist.email = email;
    }

    /** Every message delivered to the address, oldest first. */
    public static List<MimeMessage> receivedBy(String address) {
        String domain = address.substring(address.indexOf('@') + 1);
        return Arrays.stream(SmtpTestResource.server().getReceivedMessagesForDomain(domain))
                .filter(m -> to(m).equalsIgnoreCase(address)).toList();
    }

    private static String to(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients == null ? "" : ((jakarta.mail.internet.InternetAddress) recipients[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
