-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- Every look-up on the read and ingest paths walks an index: deleting an interview's sections cascades to its quotes
-- by section, and an interview stored again redirects the ids that pointed at its old quotes.
create index quote_section on quote (section_id);
create index quote_redirect_new_id on quote_redirect (new_id);
create index participation_speaker on participation (speaker_id);
create index interview_revision on interview (revision);
