-- Issue 16: on a PostgreSQL server, every save tells the other open windows through
-- LISTEN/NOTIFY (core/migrations/pg/028_change_notices.sql). An SQLite file needs nothing: each
-- window sees other programs' saves from PRAGMA data_version (core/db/ChangeWatch).
SELECT 1;
