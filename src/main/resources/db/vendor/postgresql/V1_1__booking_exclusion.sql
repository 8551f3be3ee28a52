-- PostgreSQL only: no two active bookings of one therapist may overlap in time, whatever their starts.
create extension if not exists btree_gist;

alter table booking add constraint booking_no_overlap
    exclude using gist (therapist_id with =, tstzrange(start_at, end_at) with &&)
    where (status = 'CONFIRMED');
