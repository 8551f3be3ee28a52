-- Solved booking proof-of-work puzzles, kept until they expire so none is accepted twice. The id is a hash of the
-- puzzle's random salt (no personal data); expires_at says when the puzzle would be refused anyway.
create table booking_proof_used (
    id         varchar(64) primary key,
    expires_at timestamp with time zone not null
);
create index booking_proof_used_expires on booking_proof_used (expires_at);
