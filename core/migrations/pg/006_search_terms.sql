-- PostgreSQL's form of 006_search_terms.sql: the vocabulary of the search index as a plain table
-- of terms (core/search/SearchTerms keeps it). Its primary key is a btree over the text with
-- C collation order, so the terms that start with a prefix are one range of it (term >= 'pre'
-- AND term < 'prf'), as on SQLite. A new database has no cases, so nothing to fill from.
CREATE TABLE search_terms (
    term TEXT COLLATE "C" PRIMARY KEY
);
