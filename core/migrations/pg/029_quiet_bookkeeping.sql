-- PostgreSQL's form of 029_quiet_bookkeeping.sql. 028 sent "*" (read everything again) for every
-- statement on settings. The statistics' bookkeeping keys (stats.*: how far the day counts have got
-- and in which time zone) are written by any program that opens the database, and change nothing a
-- window shows: a statement that touches only those keys sends no notice. A transition table needs
-- a trigger per event, so there are three.
DROP TRIGGER settings_notify ON settings;
DROP FUNCTION ql_notify_other();

CREATE FUNCTION ql_notify_settings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM changed_rows WHERE key NOT LIKE 'stats.%') THEN
        PERFORM pg_notify('qualityloop_changes', '*');
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER settings_notify_insert AFTER INSERT ON settings
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ql_notify_settings();
CREATE TRIGGER settings_notify_update AFTER UPDATE ON settings
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ql_notify_settings();
CREATE TRIGGER settings_notify_delete AFTER DELETE ON settings
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ql_notify_settings();
