-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- What an interview's file looked like from outside when it was stored: its path, size and modification time, its
-- sidecar's (or that it had none) and the speaker registry's fingerprint, hashed together. The ingest at start finds an
-- unchanged file by this stamp without reading it. Interviews stored before have none until an ingest finds them
-- unchanged by their content hash.
alter table interview add column file_stamp varchar(64);
