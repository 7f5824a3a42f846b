-- PostgreSQL's form of 003_search.sql. SQLite keeps the case texts in an FTS5 table; a server
-- keeps the same text, made by the same SearchText (Chinese runs split into overlapping
-- two-character tokens), with its tokens as a tsvector under a GIN index. The 'simple'
-- configuration only lowercases and splits on what is not a letter or digit, as unicode61 does;
-- a prefix typed in the search box becomes an OR of whole terms from search_terms (006), as on SQLite.
-- id = cases.id, so "newest first" is ORDER BY id DESC.
CREATE TABLE case_search (
    id     BIGINT PRIMARY KEY REFERENCES cases(id),
    body   TEXT NOT NULL,
    tokens tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED
);
CREATE INDEX case_search_tokens ON case_search USING gin(tokens);
-- A new database has no cases: nothing to index again (search.needs_rebuild stays unset).
