-- PostgreSQL's form of 023_clock_days.sql: the same tables and indexes; the counting triggers in
-- PL/pgSQL. stats_zone's column "offset" is a reserved word on a server and must be quoted there.
-- The on-time shares of a year at 1,000,000 cases (issue 13, item 4): a year has 600,000
-- deadlines (case_clocks rows), and counting them by kind, unit and month took 0.6 s of
-- processor time (the join to cases and the sort of GROUP BY). The deadlines already met are
-- kept counted here by the day their case was received (in the company's time zone), the
-- kind and the unit, kept current by triggers in the same transaction as each write of
-- case_clocks (the workflow's saves, the calendar's moves, the generator). A year is then about
-- 5,000 rows; the few deadlines still open are counted live (they turn overdue as time passes).

-- The company's time zone as offsets from UTC (seconds) since a moment, filled by the program
-- (core/stats/ClockDays) from the time zone of the deadline rules: SQL knows no time zones.
CREATE TABLE stats_zone (
    since    BIGINT PRIMARY KEY, -- seconds since the epoch, UTC
    "offset" INTEGER NOT NULL -- a reserved word on a server: always written "offset"
);

CREATE TABLE clock_days (
    day     INTEGER NOT NULL, -- day the case was received, local, as days since 1970-01-01
    kind    TEXT NOT NULL,
    unit_id INTEGER NOT NULL,
    on_time INTEGER NOT NULL DEFAULT 0, -- done by the due time
    late    INTEGER NOT NULL DEFAULT 0, -- done after it
    PRIMARY KEY (day, kind, unit_id)
) WITHOUT ROWID;

-- A database with cases has them counted by the program when it is next opened, a chunk of
-- cases a transaction (resumable): until then the triggers leave the cases not yet counted alone
-- ('stats.clock_days_upto': the highest case id counted; no such row: all are). The time zone
-- the days were counted in is 'stats.clock_days_zone'; a database without it (a new one, or one
-- whose zone changed) is counted again at the next opening, and the statistics count live until then.
INSERT INTO settings(key, value) VALUES ('stats.clock_days_upto', '0')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;

-- The same counting as SQLite's four triggers, in PL/pgSQL: the local day of a case's receipt, whether
-- the case is counted yet, and one deadline added to (+1) or taken from (-1) its day's counts.
CREATE FUNCTION ql_clock_day(received bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT (received + COALESCE((SELECT z."offset" FROM stats_zone z WHERE z.since <= received
                                 ORDER BY z.since DESC LIMIT 1), 0)) / 86400
$$;

CREATE FUNCTION ql_clock_counted(p_case bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT p_case <= COALESCE((SELECT CAST(value AS BIGINT) FROM settings WHERE key = 'stats.clock_days_upto'),
                              9223372036854775807)
$$;

CREATE FUNCTION ql_clock_days_move(p_day bigint, p_kind text, p_unit bigint, p_due bigint, p_done bigint,
                                   p_sign int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_day IS NULL THEN
        RETURN;
    END IF;
    IF p_sign > 0 THEN
        INSERT INTO clock_days(day, kind, unit_id, on_time, late)
        VALUES (p_day, p_kind, p_unit, (p_done <= p_due)::int, (p_done > p_due)::int)
        ON CONFLICT (day, kind, unit_id) DO UPDATE SET on_time = clock_days.on_time + excluded.on_time,
                                                       late = clock_days.late + excluded.late;
    ELSE
        UPDATE clock_days SET on_time = on_time - (p_done <= p_due)::int, late = late - (p_done > p_due)::int
        WHERE day = p_day AND kind = p_kind AND unit_id = p_unit;
    END IF;
END
$$;

CREATE FUNCTION ql_case_day(p_case bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT ql_clock_day(c.received_at) FROM cases c WHERE c.id = p_case
$$;

CREATE FUNCTION ql_case_clocks_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.done_at IS NOT NULL AND ql_clock_counted(NEW.case_id) THEN
        PERFORM ql_clock_days_move(ql_case_day(NEW.case_id), NEW.kind, NEW.unit_id, NEW.due_at, NEW.done_at, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER clock_days_insert AFTER INSERT ON case_clocks
    FOR EACH ROW EXECUTE FUNCTION ql_case_clocks_inserted();

CREATE FUNCTION ql_case_clocks_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.done_at IS NOT NULL AND ql_clock_counted(OLD.case_id) THEN
        PERFORM ql_clock_days_move(ql_case_day(OLD.case_id), OLD.kind, OLD.unit_id, OLD.due_at, OLD.done_at, -1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER clock_days_delete AFTER DELETE ON case_clocks
    FOR EACH ROW EXECUTE FUNCTION ql_case_clocks_deleted();

CREATE FUNCTION ql_case_clocks_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (OLD.done_at IS NOT NULL OR NEW.done_at IS NOT NULL) AND ql_clock_counted(LEAST(OLD.case_id, NEW.case_id)) THEN
        IF OLD.done_at IS NOT NULL THEN
            PERFORM ql_clock_days_move(ql_case_day(OLD.case_id), OLD.kind, OLD.unit_id, OLD.due_at, OLD.done_at, -1);
        END IF;
        IF NEW.done_at IS NOT NULL THEN
            PERFORM ql_clock_days_move(ql_case_day(NEW.case_id), NEW.kind, NEW.unit_id, NEW.due_at, NEW.done_at, 1);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER clock_days_update AFTER UPDATE OF case_id, kind, unit_id, due_at, done_at ON case_clocks
    FOR EACH ROW EXECUTE FUNCTION ql_case_clocks_updated();

-- A case whose day of receipt is corrected takes its counted deadlines to the other day.
CREATE FUNCTION ql_case_received_moved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    k record;
BEGIN
    IF ql_clock_counted(NEW.id) THEN
        FOR k IN SELECT kind, unit_id, due_at, done_at FROM case_clocks WHERE case_id = NEW.id AND done_at IS NOT NULL
        LOOP
            PERFORM ql_clock_days_move(ql_clock_day(OLD.received_at), k.kind, k.unit_id, k.due_at, k.done_at, -1);
            PERFORM ql_clock_days_move(ql_clock_day(NEW.received_at), k.kind, k.unit_id, k.due_at, k.done_at, 1);
        END LOOP;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER clock_days_case_received AFTER UPDATE OF received_at ON cases FOR EACH ROW
    WHEN (OLD.received_at IS DISTINCT FROM NEW.received_at) EXECUTE FUNCTION ql_case_received_moved();

-- The deadlines still open, found without reading the met ones.
CREATE INDEX case_clocks_open ON case_clocks(case_id, kind, unit_id, due_at) WHERE done_at IS NULL;

-- The yearly return-visit report's figures (ReturnVisitReportQuery::summary) read a visit's case
-- model, its service (finished, by whom) and its plan's technician from these indexes alone: a
-- year of 145,000 visits without a row of cases or service_records.
CREATE INDEX cases_model_by_id ON cases(id, model_id);
CREATE INDEX service_records_for_stats ON service_records(case_id, finished_at, technician_id);
