package app.hearth.support;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.util.Map;

/**
 * GreenMail's real SMTP server, which also refuses recipients the way real servers do: any address at
 * rejected.example gets a permanent 550, any at busy.example a transient 451.
 */
public class TestSmtpServer extends GreenMail {

    public TestSmtpServer(int port) {
        super(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers ignored) {
        managers = new RefusingManagers();
        return super.createServices(config, managers);
    }

    private static final class RefusingManagers extends Managers {
        private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
                if (address.getHost().equalsIgnoreCase("rejected.example")) {
                    return "550 5.1.1 Mailbox unavailable";
                }
                if (address.getHost().equalsIgnoreCase("busy.example")) {
                    return "451 4.3.0 Try again later";
                }
                return super.checkRecipient(state, address);
            }
        };

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }
    }
}
