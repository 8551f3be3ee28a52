-- A booking's phone and message (often why the client seeks therapy) are stored only sealed by the one sealing
-- component, each bound to its booking's reference, under the key named by details_key_id. The address stays
-- readable (mails go to it) and is found by a keyed fingerprint, so a look-up needs the server's key.
-- Rows written before keep their plaintext until the application's start-up step seals them batch by batch and
-- clears client_phone and message; SQL cannot seal, so those two columns stay (always empty) until a later
-- migration drops them, once every installation has started with this version.
alter table booking add column details_key_id varchar(16);
alter table booking add column client_phone_sealed varchar(400);
alter table booking add column message_sealed varchar(24000);
alter table booking add column client_email_index varchar(64);
create index booking_client_email_index on booking (client_email_index);
