-- Issue 16: on a PostgreSQL server the planner chooses between walking the cases newest first and
-- asking the word index, from its statistics of the words (core/migrations/pg/031_search_statistics.sql).
-- An SQLite file needs nothing: FTS5 always asks its own index.
SELECT 1;
