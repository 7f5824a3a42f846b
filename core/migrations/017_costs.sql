-- Analysis (issue 13): the cost of poor quality, every deadline of a case kept where the
-- statistics read it, and the indexes that let a year of statistics be counted at ten years of
-- data (1,000,000 cases) in well under a second.

-- What a record of the flow cost: the on-site service and each stage of a return to the
-- factory. Money in hundredths of the company's currency (fen, cents), exact in sums; labour
-- in hours, priced at the settings' hourly rate when the statistics add it up.
CREATE TABLE case_costs (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id),
    record           TEXT NOT NULL CHECK (record IN ('service', 'return_received', 'return_reworked',
                                                     'return_resupplied')),
    parts_cost       INTEGER NOT NULL DEFAULT 0 CHECK (parts_cost >= 0),
    labour_hours     REAL NOT NULL DEFAULT 0 CHECK (labour_hours >= 0),
    travel_cost      INTEGER NOT NULL DEFAULT 0 CHECK (travel_cost >= 0),
    replacement_cost INTEGER NOT NULL DEFAULT 0 CHECK (replacement_cost >= 0),
    UNIQUE (case_id, record)
);
-- A case's costs summed from the index alone, one seek per case.
CREATE INDEX case_costs_by_case ON case_costs(case_id, parts_cost, labour_hours, travel_cost, replacement_cost);

INSERT INTO settings(key, value) VALUES ('cost.labour_rate', '0') ON CONFLICT DO NOTHING;

-- Every named deadline of a case (DeadlineCalculator::clocks: disposal suggestion, send to
-- Quality, processing, each unit's reply, arrival on site, first and second return visit) with
-- when it was due and when it was met, as the workflow service computes them at each save, in
-- the same transaction (WorkflowService::refresh). The on-time shares read them here instead of
-- recomputing working days and time zones for a hundred thousand cases.
CREATE TABLE case_clocks (
    case_id INTEGER NOT NULL REFERENCES cases(id),
    kind    TEXT NOT NULL,
    unit_id INTEGER NOT NULL DEFAULT 0, -- the responsible unit of a unit's reply, else 0
    due_at  INTEGER NOT NULL,
    done_at INTEGER, -- NULL while open; the closing time for what was waived at closing
    PRIMARY KEY (case_id, kind, unit_id)
) WITHOUT ROWID;

-- Cases already there get their deadlines computed by the program when the database is next
-- opened (core/deadlines/CaseClocks): working days and time zones are not SQL's.
INSERT INTO settings(key, value) SELECT 'clocks.needs_rebuild', '1' WHERE EXISTS (SELECT 1 FROM cases)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;

-- A period's cases by the day they were received, with everything the statistics group or
-- filter by beside it: a year of 100,000 cases is read from this index without a table row.
CREATE INDEX cases_for_stats ON cases(received_at, defect_category_id, defect_cause_id, model_id, customer_id,
                                      grade_id, closed_at);
-- Cases closed in a month, and those still open at a moment (closed_at NULL or later).
CREATE INDEX cases_by_closed ON cases(closed_at, received_at, grade_id, customer_id, model_id);
-- Return visits of a period with what their figures need, and the case's plan (technician,
-- agency) from its index.
CREATE INDEX visits_for_stats ON visits(visited_at, kind, marks, case_id);
CREATE INDEX plans_by_case_people ON plans(case_id, technician_id, agency_id);
