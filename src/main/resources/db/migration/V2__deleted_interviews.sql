-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- The public id of a quote whose interview was deleted: it answers 410 Gone, not 404, for as long as the archive lives.
create table retired_quote (
    public_id      varchar(16)  primary key,
    interview_slug varchar(160) not null,
    retired_at     timestamp with time zone not null
);

-- An interview an admin deleted, by the file it came from, so that the ingest at start does not bring it back.
create table deleted_interview (
    source_file varchar(500) primary key,
    slug        varchar(160) not null,
    deleted_at  timestamp with time zone not null
);
