-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- Where in the programme a quote starts as the transcript states it (a label's time, a subtitle cue's), beside the
-- estimate kept for transcripts that state none.
alter table quote add column start_seconds integer;

-- The language the words were spoken in: the text's, or the translation's when the text renders what was said in
-- the other language. Null for quotes stored before it was recorded: their text's language.
alter table quote add column original_lang varchar(8);
