-- The therapist's intake list shows each intake's PHQ-9/GAD-7 totals, opened from the sealed answers: every such
-- opening is audited as READ_SCORES (scores only; the answers themselves are READ when the reader opens them).
alter table audit_log drop constraint audit_log_action;
alter table audit_log add constraint audit_log_action check (action in ('READ_SCORES', 'BOOKING_REASSIGNED', 'READ',
    'EXPORT', 'ERASE', 'READ_REFUSED', 'SIGN_IN', 'SIGN_IN_REFUSED', 'SIGN_OUT', 'SESSION_ENDED', 'FACTOR_ENROLLED',
    'PASSWORD_SET', 'INVITATION_SENT', 'INVITATION_ACCEPTED', 'FACTOR_REMOVED', 'REAUTHENTICATED', 'EMAIL_CHANGED',
    'SETTING_CHANGED', 'INVITATION_REVOKED', 'ROLES_CHANGED', 'ACCOUNT_DEACTIVATED', 'ACCOUNT_REACTIVATED',
    'PROFILE_CHANGED', 'ARTICLE_CHANGED', 'BOOKING_CANCELLED', 'MAIL_RETRIED', 'FORM_CHANGED'));
