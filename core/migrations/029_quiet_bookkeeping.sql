-- Issue 16: on a PostgreSQL server, the statistics' own bookkeeping in settings (stats.*, written
-- when a program opens the database and counts the days of the cases' deadlines) no longer tells
-- every open window to read everything again (core/migrations/pg/029_quiet_bookkeeping.sql). An
-- SQLite file needs nothing: its windows see such a write together with the audit rows.
SELECT 1;
