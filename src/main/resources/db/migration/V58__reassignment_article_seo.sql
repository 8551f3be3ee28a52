-- An admin hands a leaving therapist's upcoming call to a colleague: the booking's history says so, and the audit
-- log records who did it.
alter table booking_change drop constraint booking_change_kind;
alter table booking_change add constraint booking_change_kind check (kind in ('CREATED', 'RESCHEDULED', 'CANCELLED',
    'RELOCATED', 'REASSIGNED'));

alter table audit_log drop constraint audit_log_action;
-- every action so far, with the new one first
alter table audit_log add constraint audit_log_action check (action in ('BOOKING_REASSIGNED', 'READ', 'EXPORT',
    'ERASE', 'READ_REFUSED', 'SIGN_IN', 'SIGN_IN_REFUSED', 'SIGN_OUT', 'SESSION_ENDED', 'FACTOR_ENROLLED',
    'PASSWORD_SET', 'INVITATION_SENT', 'INVITATION_ACCEPTED', 'FACTOR_REMOVED', 'REAUTHENTICATED', 'EMAIL_CHANGED',
    'SETTING_CHANGED', 'INVITATION_REVOKED', 'ROLES_CHANGED', 'ACCOUNT_DEACTIVATED', 'ACCOUNT_REACTIVATED',
    'PROFILE_CHANGED', 'ARTICLE_CHANGED', 'BOOKING_CANCELLED', 'MAIL_RETRIED', 'FORM_CHANGED'));

-- An article's own title and description for search engines; without them the page uses its title and summary.
alter table article add column seo_title varchar(70);
alter table article add column seo_description varchar(160);
