-- The practice console records what admins change: roles, accounts switched off and on, invitations withdrawn,
-- therapist profiles, articles, and bookings cancelled for a therapist who left.
alter table audit_log drop constraint audit_log_action;
alter table audit_log add constraint audit_log_action check (action in ('READ', 'EXPORT', 'ERASE',
    'READ_REFUSED', 'SIGN_IN', 'SIGN_IN_REFUSED', 'SIGN_OUT', 'SESSION_ENDED', 'FACTOR_ENROLLED',
    'PASSWORD_SET', 'INVITATION_SENT', 'INVITATION_ACCEPTED', 'FACTOR_REMOVED', 'REAUTHENTICATED',
    'EMAIL_CHANGED', 'SETTING_CHANGED', 'INVITATION_REVOKED', 'ROLES_CHANGED', 'ACCOUNT_DEACTIVATED',
    'ACCOUNT_REACTIVATED', 'PROFILE_CHANGED', 'ARTICLE_CHANGED', 'BOOKING_CANCELLED', 'MAIL_RETRIED',
    'FORM_CHANGED'));

-- An article's earlier addresses, so links to them keep working (a 301 to the current one). A slug lives either
-- here or on an article: taking it for an article removes it from here.
create table article_old_slug (
    slug        varchar(120) not null,
    article_id  bigint       not null references article (id) on delete cascade,
    constraint article_old_slug_pk primary key (slug)
);
create index article_old_slug_article on article_old_slug (article_id);
