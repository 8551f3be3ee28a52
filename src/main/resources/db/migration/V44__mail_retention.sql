-- Sent mail keeps no content (issue 16, item 6): once delivered or withdrawn a message keeps only its metadata,
-- and finished messages are purged after HEARTH_MAIL_RETENTION_DAYS. Portable SQL (PostgreSQL and H2).

-- the bodies are emptied when a message is sent or withdrawn
alter table outbox_message alter column text_body drop not null;

-- the keyed fingerprint (blind index) of the client a message concerns, so erasing a client also finds the
-- therapist's copy of their booking; never the address itself
alter table outbox_message add column about_client_index varchar(64);
create index outbox_message_about_client on outbox_message (about_client_index);

-- the purge looks for finished messages by their last change
create index outbox_message_finished on outbox_message (state, updated_at);
