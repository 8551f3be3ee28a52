-- Solved booking proof-of-work puzzles, kept until they expire so none is accepted twice. The id is a hash of the
-- puzzle's random salt (no personal data); expires_at says when the puzzle would be refused anyway.
create table booking_proof_used (
    id         varchar(64) primary key,
    expires_at timestamp with time zone not null
);
create index booking_proof_used_expires on booking_proof_used (expires_at);

-- Intake answers' associated data now binds the booking, the form and the urgent flag (binding 2), so a database
-- writer who re-points an intake at another booking or flips its urgency makes it fail to open. Older rows keep
-- binding 1 (the reference only) until IntakeKeys reseals them, which it does at start and on its schedule.
alter table intake_submission add column binding_version integer not null default 1;

-- A refused opening of a sealed intake (it no longer matches its row) is audited like a read.
alter table audit_log drop constraint audit_log_action;
alter table audit_log add constraint audit_log_action check (action in ('READ', 'EXPORT', 'ERASE', 'SIGN_IN',
    'SIGN_IN_REFUSED', 'SIGN_OUT', 'SESSION_ENDED', 'FACTOR_ENROLLED', 'PASSWORD_SET', 'INVITATION_SENT',
    'INVITATION_ACCEPTED', 'READ_REFUSED'));
