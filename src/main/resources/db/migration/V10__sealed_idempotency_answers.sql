-- Idempotency answers are sealed by the one sealing component from now on: a row is found by a keyed fingerprint of
-- the client's Idempotency-Key, its answer is sealed under a key derived from the server's sealing key (named by
-- key_id) and the client's key together, and the request is compared by a keyed fingerprint. Rows written before
-- were sealed under a key derived from the client's key alone: the server never held those keys, so it can neither
-- reseal them nor find them by the new fingerprint. They are a 24-hour retry cache, so they are dropped.
delete from idempotency_record;
alter table idempotency_record add column key_id varchar(16) not null;
alter table idempotency_record drop column response_iv;
