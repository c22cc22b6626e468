-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- What an interview's text is, so that the ingest tells a copy of it under another file name: the hash of its
-- normalised text (an exact copy), the text's length, and a sketch of its shingles (a near copy).
create table interview_text (
    interview_id bigint        primary key references interview (id) on delete cascade,
    text_hash    varchar(64)   not null,
    text_length  integer       not null,
    sketch       varchar(1200) not null
);

create index interview_text_hash on interview_text (text_hash);
create index interview_text_length on interview_text (text_length);
