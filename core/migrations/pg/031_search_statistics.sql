-- Only on a server (SQLite's 031 does nothing: FTS5 has no planner's statistics to widen).
-- Issue 16: a search for a rare word (a serial number, a customer's order number) took 2.8 s at
-- 1,000,000 cases. With the default statistics (100) the planner guessed that such a word is in
-- 4,000 cases, walked the cases newest first and filtered all 1,000,000 of them; it never used the
-- word index case_search_tokens. A larger sample of the words (1,000) lets it see that a word not
-- among the common ones is rare: it asks the index, and the same search takes 5-20 ms. Common words
-- keep the walk newest first, which finds the newest 200 soonest.
ALTER TABLE case_search ALTER COLUMN tokens SET STATISTICS 1000;
-- Statistics for what is already there (about 20 s at 1,000,000 cases, once).
ANALYZE case_search;
