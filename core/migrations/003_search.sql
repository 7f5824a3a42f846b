-- Full-text search over the case texts. The application writes the text through SearchText,
-- which splits Chinese runs into overlapping two-character tokens, so the unicode61
-- tokenizer finds Chinese words of any length as well as English words, prefixes and phrases.
-- rowid = cases.id, so "newest first" is ORDER BY rowid DESC.
CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
INSERT OR REPLACE INTO settings(key, value) VALUES ('search.needs_rebuild', '1');
