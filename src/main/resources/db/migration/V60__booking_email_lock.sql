-- One row per client email, named by its blind index (never the address). A booking locks its row inside the
-- booking's transaction before it counts the email's upcoming calls, so two bookings sent at once, even for two
-- therapists, cannot both pass the cap. Rows unused for a day are purged.
create table booking_email_lock (
    email_index varchar(64) primary key,
    used_at     timestamp with time zone not null
);
