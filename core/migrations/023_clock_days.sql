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
    since  INTEGER PRIMARY KEY, -- seconds since the epoch, UTC
    offset INTEGER NOT NULL
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
INSERT OR REPLACE INTO settings(key, value) VALUES ('stats.clock_days_upto', '0');

CREATE TRIGGER clock_days_insert AFTER INSERT ON case_clocks
WHEN NEW.done_at IS NOT NULL
    AND NEW.case_id <= COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'stats.clock_days_upto'),
                                9223372036854775807)
BEGIN
    INSERT INTO clock_days(day, kind, unit_id, on_time, late)
    SELECT (c.received_at + COALESCE((SELECT z.offset FROM stats_zone z WHERE z.since <= c.received_at
                                      ORDER BY z.since DESC LIMIT 1), 0)) / 86400,
           NEW.kind, NEW.unit_id, NEW.done_at <= NEW.due_at, NEW.done_at > NEW.due_at
    FROM cases c WHERE c.id = NEW.case_id
    ON CONFLICT(day, kind, unit_id) DO UPDATE SET on_time = on_time + excluded.on_time,
                                                  late = late + excluded.late;
END;

CREATE TRIGGER clock_days_delete AFTER DELETE ON case_clocks
WHEN OLD.done_at IS NOT NULL
    AND OLD.case_id <= COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'stats.clock_days_upto'),
                                9223372036854775807)
BEGIN
    UPDATE clock_days SET on_time = on_time - (OLD.done_at <= OLD.due_at), late = late - (OLD.done_at > OLD.due_at)
    WHERE kind = OLD.kind AND unit_id = OLD.unit_id
      AND day = (SELECT (c.received_at + COALESCE((SELECT z.offset FROM stats_zone z WHERE z.since <= c.received_at
                                                   ORDER BY z.since DESC LIMIT 1), 0)) / 86400
                 FROM cases c WHERE c.id = OLD.case_id);
END;

CREATE TRIGGER clock_days_update AFTER UPDATE OF case_id, kind, unit_id, due_at, done_at ON case_clocks
WHEN (OLD.done_at IS NOT NULL OR NEW.done_at IS NOT NULL)
    AND min(OLD.case_id, NEW.case_id)
        <= COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'stats.clock_days_upto'),
                    9223372036854775807)
BEGIN
    UPDATE clock_days SET on_time = on_time - (OLD.done_at <= OLD.due_at), late = late - (OLD.done_at > OLD.due_at)
    WHERE OLD.done_at IS NOT NULL AND kind = OLD.kind AND unit_id = OLD.unit_id
      AND day = (SELECT (c.received_at + COALESCE((SELECT z.offset FROM stats_zone z WHERE z.since <= c.received_at
                                                   ORDER BY z.since DESC LIMIT 1), 0)) / 86400
                 FROM cases c WHERE c.id = OLD.case_id);
    INSERT INTO clock_days(day, kind, unit_id, on_time, late)
    SELECT (c.received_at + COALESCE((SELECT z.offset FROM stats_zone z WHERE z.since <= c.received_at
                                      ORDER BY z.since DESC LIMIT 1), 0)) / 86400,
           NEW.kind, NEW.unit_id, NEW.done_at <= NEW.due_at, NEW.done_at > NEW.due_at
    FROM cases c WHERE c.id = NEW.case_id AND NEW.done_at IS NOT NULL
    ON CONFLICT(day, kind, unit_id) DO UPDATE SET on_time = on_time + excluded.on_time,
                                                  late = late + excluded.late;
END;

-- A case whose day of receipt is corrected takes its counted deadlines to the other day.
CREATE TRIGGER clock_days_case_received AFTER UPDATE OF received_at ON cases
WHEN OLD.received_at IS NOT NEW.received_at
    AND NEW.id <= COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'stats.clock_days_upto'),
                           9223372036854775807)
BEGIN
    UPDATE clock_days SET on_time = on_time - (SELECT count(*) FROM case_clocks k WHERE k.case_id = NEW.id
                                                   AND k.kind = clock_days.kind AND k.unit_id = clock_days.unit_id
                                                   AND k.done_at <= k.due_at),
                          late = late - (SELECT count(*) FROM case_clocks k WHERE k.case_id = NEW.id
                                             AND k.kind = clock_days.kind AND k.unit_id = clock_days.unit_id
                                             AND k.done_at > k.due_at)
    WHERE day = (OLD.received_at + COALESCE((SELECT z.offset FROM stats_zone z WHERE z.since <= OLD.received_at
                                             ORDER BY z.since DESC LIMIT 1), 0)) / 86400
      AND EXISTS (SELECT 1 FROM case_clocks k WHERE k.case_id = NEW.id AND k.kind = clock_days.kind
                  AND k.unit_id = clock_days.unit_id AND k.done_at IS NOT NULL);
    INSERT INTO clock_days(day, kind, unit_id, on_time, late)
    SELECT (NEW.received_at + COALESCE((SELECT z.offset FROM stats_zone z WHERE z.since <= NEW.received_at
                                        ORDER BY z.since DESC LIMIT 1), 0)) / 86400,
           k.kind, k.unit_id, sum(k.done_at <= k.due_at), sum(k.done_at > k.due_at)
    FROM case_clocks k WHERE k.case_id = NEW.id AND k.done_at IS NOT NULL GROUP BY k.kind, k.unit_id
    ON CONFLICT(day, kind, unit_id) DO UPDATE SET on_time = on_time + excluded.on_time,
                                                  late = late + excluded.late;
END;

-- The deadlines still open, found without reading the met ones.
CREATE INDEX case_clocks_open ON case_clocks(case_id, kind, unit_id, due_at) WHERE done_at IS NULL;

-- The yearly return-visit report's figures (ReturnVisitReportQuery::summary) read a visit's case
-- model, its service (finished, by whom) and its plan's technician from these indexes alone: a
-- year of 145,000 visits without a row of cases or service_records.
CREATE INDEX cases_model_by_id ON cases(id, model_id);
CREATE INDEX service_records_for_stats ON service_records(case_id, finished_at, technician_id);
