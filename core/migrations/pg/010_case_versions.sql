-- PostgreSQL's form of 010_case_versions.sql: the database's identity made by the server's
-- gen_random_uuid() instead of SQLite's randomblob(); the same columns.
ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE audit_log ADD COLUMN case_version INTEGER;

INSERT INTO settings(key, value) VALUES ('database.id', gen_random_uuid()::text) ON CONFLICT DO NOTHING;
