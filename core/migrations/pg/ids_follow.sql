-- After each migration on a server: every table with an identity id gets the trigger of
-- server_setup.sql that keeps its sequence ahead of ids a program chose itself.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.table_name, pg_get_serial_sequence(quote_ident(c.table_name), 'id') AS seq
        FROM information_schema.columns c
        WHERE c.table_schema = current_schema() AND c.column_name = 'id' AND c.is_identity = 'YES'
          AND NOT EXISTS (SELECT 1 FROM pg_trigger g
                          WHERE g.tgrelid = quote_ident(c.table_name)::regclass AND g.tgname = 'ids_follow')
    LOOP
        EXECUTE format('CREATE TRIGGER ids_follow BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION ql_id_follows(%L)',
                       t.table_name, t.seq);
    END LOOP;
END
$$;
