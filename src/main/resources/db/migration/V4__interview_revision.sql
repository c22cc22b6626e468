-- The archive revision at which each interview was last stored, so that a search index can catch up with exactly the
-- interviews another instance changed since its own revision.
alter table interview add column revision bigint default 0 not null;
