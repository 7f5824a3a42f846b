-- PostgreSQL's form of 002_audit.sql: the same table; it makes ql_refuse(), the PL/pgSQL function
-- of every refusal trigger (later migrations' RAISE(ABORT) triggers are translated to it, ServerSchema),
-- and refuses TRUNCATE too, which SQLite has not.
-- Append-only audit log: every creation and change of a case and of each record in it.
-- The server refuses any UPDATE, DELETE or TRUNCATE of it (also its owner's), and the program's
-- users get no UPDATE or DELETE right on it at all (qualityloop_grant in server_setup.sql).
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    user_id   INTEGER REFERENCES users(id),
    case_id   INTEGER,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('create','update','delete')),
    field     TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_by_case ON audit_log(case_id, id) WHERE case_id IS NOT NULL;

-- One refusal for every table whose rows must stay: the message is the trigger's argument.
CREATE FUNCTION ql_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION ql_refuse('The audit log cannot be changed');
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION ql_refuse('The audit log cannot be changed');
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION ql_refuse('The audit log cannot be changed');

-- A case, once numbered, is never removed: its number is never given to another case.
CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION ql_refuse('Cases cannot be deleted');
CREATE TRIGGER cases_no_truncate BEFORE TRUNCATE ON cases
    FOR EACH STATEMENT EXECUTE FUNCTION ql_refuse('Cases cannot be deleted');
