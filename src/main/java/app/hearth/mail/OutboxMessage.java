package app.hearth.mail;

import app.hearth.common.DatabaseRow;
import app.hearth.seal.Sealer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A mail waiting in (or done with) the outbox, written in the same transaction as the change that caused it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends DatabaseRow {

    @Column(name = "message_id", nullable = false)
    public String messageId;
    @Column(nullable = false)
    public String reference;
    @Column(name = "to_address", nullable = false)
    public String toAddress;
    @Column(name = "to_name")
    public String toName;
    @Column(nullable = false)
    public String subject;
    /** Null once the message is sent or withdrawn: delivered mail keeps its metadata only. */
    @Column(name = "text_body")
    public String textBody;
    @Column(name = "html_body")
    public String htmlBody;
    @Column(name = "calendar_ics")
    public String calendarIcs;
    @Column(name = "calendar_method")
    public String calendarMethod;
    /** The blind index of the client this message concerns (see {@link #aboutClientIndex}), or null. */
    @Column(name = "about_client_index")
    public String aboutClientIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutboxState state;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;
    @Column(name = "claim_token")
    public String claimToken;
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "sent_at")
    public Instant sentAt;

    private static final String ABOUT_CLIENT_INDEX = "mail-about-client";

    /** The keyed fingerprint of a client's address (case and surrounding space ignored) stored with their mail. */
    static String aboutClientIndex(Sealer sealer, String email) {
        return sealer.blindIndex(ABOUT_CLIENT_INDEX, normalised(email));
    }

    /** The fingerprints under every configured key, to find a client's mail during a key rotation. */
    static List<String> aboutClientIndexes(Sealer sealer, String email) {
        return sealer.blindIndexes(ABOUT_CLIENT_INDEX, normalised(email));
    }

    static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
