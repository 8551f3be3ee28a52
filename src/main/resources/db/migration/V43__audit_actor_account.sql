-- The audit log names its actor by account id: an email address can change or be reused, the account cannot.
-- Rows written before keep the address they were written with (the log is append-only), so a row holds one
-- or the other, and the database refuses a row that names no one.
alter table audit_log add column actor_id bigint references app_user (id);
alter table audit_log alter column actor drop not null;
alter table audit_log add constraint audit_log_names_actor check (actor_id is not null or actor is not null);
