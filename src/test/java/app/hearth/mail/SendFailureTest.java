package app.hearth.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SendFailureTest {

    static Stream<Arguments> failures() throws Exception {
        InternetAddress alex = new InternetAddress("alex@example.org");
        SMTPAddressFailedException rcpt550 = new SMTPAddressFailedException(alex, "RCPT TO:<alex@example.org>", 550,
                "550 5.1.1 <alex@example.org>: Recipient address rejected");
        SMTPAddressFailedException rcpt452 = new SMTPAddressFailedException(alex, "RCPT TO:<alex@example.org>", 452,
                "452 4.2.2 Mailbox full");
        SendFailedException wrapped550 = new SendFailedException("Invalid Addresses", rcpt550);
        wrapped550.setNextException(rcpt550);
        SendFailedException wrapped452 = new SendFailedException("Invalid Addresses", rcpt452);
        SMTPSendFailedException data554 = new SMTPSendFailedException("DATA", 554, "554 5.7.1 Message rejected as spam",
                null, null, null, null);
        SMTPSendFailedException data421 = new SMTPSendFailedException("DATA", 421, "421 4.7.0 Try again later",
                null, null, null, null);
        MessagingException refused = new MailConnectException(new SocketConnectException("refused",
                new ConnectException("Connection refused"), "smtp.example", 587, 5000));
        MessagingException timeout = new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out"));
        SendFailedException invalid = new SendFailedException("Invalid Addresses", null, null, null,
                new InternetAddress[] {alex});
        return Stream.of(
                Arguments.of("5xx on RCPT", wrapped550, true, "SMTP 550"),
                Arguments.of("4xx on RCPT", wrapped452, false, "SMTP 452"),
                Arguments.of("5xx on DATA", data554, true, "SMTP 554"),
                Arguments.of("4xx on DATA", data421, false, "SMTP 421"),
                Arguments.of("connection refused", refused, false, "I/O"),
                Arguments.of("read timeout", timeout, false, "I/O: SocketTimeoutException"),
                Arguments.of("invalid address", invalid, true, "invalid recipient address"),
                Arguments.of("unparseable address", new AddressException("Illegal address", "a@@b"), true,
                        "invalid recipient address"),
                Arguments.of("authentication", new AuthenticationFailedException("535 bad credentials"), false,
                        "SMTP authentication failed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void classifiesWhetherRetryingCanHelp(String name, Exception failure, boolean permanent, String summaryStart) {
        SendFailure classified = SendFailure.of(failure);
        assertEquals(permanent, classified.permanent(), name);
        assertTrue(classified.summary().startsWith(summaryStart), classified.summary());
        assertFalse(classified.summary().contains("alex@example.org"), "no address is ever stored");
    }

    @org.junit.jupiter.api.Test
    void scrubbingRemovesAddressesAndLineBreaksAndBoundsTheLength() {
        assertEquals("550 <address> unknown here", SendFailure.scrub("550 <zoë@example.org> unknown\r\nhere"));
        assertEquals(300, SendFailure.scrub("x".repeat(1000)).length());
    }
}
