-- Where in the programme a quote starts, estimated from its place in the spoken text (subtitles with chapter times).
alter table quote add column estimated_seconds integer;
