-- Therapists' photos as uploaded from their profile page, already re-encoded (no metadata survives). One row per
-- therapist; version is a fingerprint of the bytes and part of the photo's URL, so the URL can be cached for a year
-- and a new photo gets a new URL.
create table therapist_photo (
    therapist_id  bigint       primary key references therapist (id) on delete cascade,
    version       varchar(32)  not null,
    content_type  varchar(40)  not null,
    bytes         bytea        not null,
    width         integer      not null,
    height        integer      not null,
    updated_at    timestamp with time zone not null
);
