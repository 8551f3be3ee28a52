-- The audit log also records what happens to staff accounts: sign-ins (and refusals of a known account), sign-outs,
-- sessions that time out, second factors enrolled, passwords set, invitations sent and accepted.
alter table audit_log drop constraint audit_log_action;
alter table audit_log add constraint audit_log_action check (action in ('READ', 'EXPORT', 'ERASE', 'SIGN_IN',
    'SIGN_IN_REFUSED', 'SIGN_OUT', 'SESSION_ENDED', 'FACTOR_ENROLLED', 'PASSWORD_SET', 'INVITATION_SENT',
    'INVITATION_ACCEPTED'));
