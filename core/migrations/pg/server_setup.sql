-- Run once on a new PostgreSQL database, in the transaction of its first migration.
-- What SQLite keeps in PRAGMA user_version and application_id: the schema's version and
-- whose database this is (0x514c4f4f, "QLOO").
CREATE TABLE qualityloop_schema (
    application_id BIGINT NOT NULL CHECK (application_id = 1364414287),
    version        BIGINT NOT NULL
);
INSERT INTO qualityloop_schema(application_id, version) VALUES (1364414287, 0);

-- SQLite gives a new row max(id) + 1, also after a row was written with an id the program chose
-- (the first administrator, an import keeping its numbers). A server's id sequence does not see
-- such a row: this trigger moves the sequence past it, so the next row without an id gets a free
-- one. Attached to every table with an identity id by ids_follow.sql after each migration.
CREATE FUNCTION ql_id_follows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s regclass := TG_ARGV[0]::regclass;
BEGIN
    IF NEW.id > COALESCE(pg_sequence_last_value(s), 0) THEN
        PERFORM setval(s, NEW.id);
    END IF;
    RETURN NEW;
END
$$;

-- The rights of the program's users (the application role, a group role its people's logins are
-- members of), given by the owner of the database: SELECT, INSERT, UPDATE, DELETE on every table
-- except the audit log, which they may only read and add to. The tables later migrations make get
-- the same through the default privileges. README "A shared office" shows it in use:
--     SELECT qualityloop_grant('qualityloop_users');
CREATE FUNCTION qualityloop_grant(app_role text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                   current_schema(), app_role);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   current_schema(), app_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I',
                   current_schema(), app_role);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I', app_role);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON qualityloop_schema FROM %I', app_role);
END
$$;
