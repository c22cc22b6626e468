-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- Each quote's vector for search by meaning, by its public id so that it survives re-ingests and index rebuilds:
-- the model that computed it, a hash of the words it was computed from, and its floats (little-endian, 4 bytes each).
create table quote_vector (
    quote_id varchar(16) not null primary key,
    model varchar(64) not null,
    source_hash varchar(64) not null,
    vector bytea not null
);
