-- Only on a server (SQLite's 028 does nothing: its windows read PRAGMA data_version).
-- Issue 16: every save tells the other open windows, through LISTEN/NOTIFY on the channel
-- qualityloop_changes (core/db/ChangeWatch listens). Every change of a case and every list
-- change writes the audit log: its notice names the cases the statement's rows belong to ("-"
-- for rows of no case, "*" when there are too many to name). Settings are saved without an
-- audit row: their notice is "*". The server sends a transaction's notices when it commits,
-- with the sender's process id, so a window leaves its own saves alone.
CREATE FUNCTION ql_notify_cases() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids text;
BEGIN
    SELECT string_agg(DISTINCT coalesce(case_id::text, '-'), ',') INTO ids FROM new_rows;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    IF length(ids) > 7000 THEN
        ids := '*';
    END IF;
    PERFORM pg_notify('qualityloop_changes', ids);
    RETURN NULL;
END
$$;

CREATE FUNCTION ql_notify_other() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('qualityloop_changes', '*');
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_log_notify AFTER INSERT ON audit_log
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ql_notify_cases();
CREATE TRIGGER settings_notify AFTER INSERT OR UPDATE OR DELETE ON settings
    FOR EACH STATEMENT EXECUTE FUNCTION ql_notify_other();
