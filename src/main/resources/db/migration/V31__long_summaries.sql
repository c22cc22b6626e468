-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- A summary is as long as the transcript makes it: one of over 20,000 characters was refused with the interview.
alter table interview alter column summary set data type varchar(1000000);
