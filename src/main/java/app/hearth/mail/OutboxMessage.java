package app.hearth.mail;

import app.hearth.common.DatabaseRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

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
    @Column(name = "text_body", nullable = false)
    public String textBody;
    @Column(name = "html_body")
    public String htmlBody;
    @Column(name = "calendar_ics")
    public String calendarIcs;
    @Column(name = "calendar_method")
    public String calendarMethod;

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
}
