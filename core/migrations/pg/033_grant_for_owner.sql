-- PostgreSQL only (SQLite has no roles): qualityloop_grant gave the default privileges for the
-- tables of later migrations as the role that ran it, so run as postgres (the natural
-- `runuser -u postgres -- psql quality`) they applied to tables postgres makes, not to those the
-- owner's upgrade makes: the clerks were locked out of every new table after an upgrade. The
-- defaults are now given for the role that owns QualityLoop's tables, whoever runs the grant
-- (the owner or a superuser).
CREATE OR REPLACE FUNCTION qualityloop_grant(app_role text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    owner_role text := (SELECT tableowner FROM pg_tables
                        WHERE schemaname = current_schema() AND tablename = 'qualityloop_schema');
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                   current_schema(), app_role);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I '
                   'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', owner_role, current_schema(), app_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I '
                   'GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', owner_role, current_schema(), app_role);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I', app_role);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON qualityloop_schema FROM %I', app_role);
END
$$;
