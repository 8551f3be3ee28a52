-- Rate-limit buckets shared by every instance (Bucket4j's JDBC state). The id is a hash of the limit's name
-- and what it counts (an address, an account, a therapist's day), never the raw value; expires_at (epoch
-- milliseconds) says when a bucket would be full again, after which it remembers nothing and may be deleted.
create table rate_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
