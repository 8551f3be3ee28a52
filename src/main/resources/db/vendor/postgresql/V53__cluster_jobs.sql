-- Which instance ran each scheduled job last (cluster.RunsOnceInterceptor): that instance keeps the job, and
-- another takes it over once it has missed one and a half periods. Only PostgreSQL is shared by several instances.
create table cluster_job (
    name        varchar(200) primary key,
    instance_id varchar(64)  not null,
    last_run_at timestamptz  not null
);
