-- PostgreSQL only: the audit log is append-only. Updates and deletes are refused by the database itself, so
-- not even a bug (or a compromised admin account) in the application can rewrite who read what.
create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
