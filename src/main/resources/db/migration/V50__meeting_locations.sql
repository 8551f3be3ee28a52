-- How discovery calls happen. A therapist chooses a kind (null: the practice's default), a fixed room's address
-- for VIDEO_FIXED, whether a generated room is renewed when a call moves, and the intake form offered after booking
-- (null: the practice's default). Each booking keeps the kind and room it was given, so a later change of the
-- therapist's choice reaches existing bookings only when the therapist asks for it.
alter table therapist add column meeting_kind varchar(16);
alter table therapist add column meeting_url varchar(500);
alter table therapist add column renew_room_on_reschedule boolean not null default false;
alter table therapist add column intake_form varchar(80);
alter table therapist add constraint therapist_meeting_kind
    check (meeting_kind is null or meeting_kind in ('PHONE', 'VIDEO_FIXED', 'VIDEO_GENERATED', 'IN_PERSON'));
alter table therapist add constraint therapist_meeting_url
    check (meeting_kind is null or meeting_kind <> 'VIDEO_FIXED' or meeting_url is not null);

alter table booking add column meeting_kind varchar(16);
alter table booking add column meeting_url varchar(500);
alter table booking add constraint booking_meeting_kind
    check (meeting_kind is null or meeting_kind in ('PHONE', 'VIDEO_FIXED', 'VIDEO_GENERATED', 'IN_PERSON'));
