-- Queues by one's own duty (issue 12). A case owes several things at once, each to its own
-- owner by its own deadline: Sales the disposal suggestion, each responsible unit its reply by
-- the deadline the analysis gave that unit, the technician the arrival, technical support the
-- follow-up, Quality its next step. One row per duty of every case not closed, written with each
-- save of the case (core/deadlines/DutyStore); the queues, the navigation counts and the overdue
-- list read the open ones from the partial indexes below.
CREATE TABLE case_duties (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    kind       TEXT NOT NULL,
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('sales','quality','technician','unit')),
    owner_id   INTEGER NOT NULL DEFAULT 0, -- technicians.id or units.id; 0 for Sales and Quality
    record_id  INTEGER NOT NULL DEFAULT 0, -- case_units.id or follow_ups.id, else 0
    due_at     INTEGER, -- NULL: a step with no deadline
    done_at    INTEGER  -- NULL: still owed
);
CREATE INDEX case_duties_by_case ON case_duties(case_id);
-- One person's or unit's queue heading: its open duties of one kind, the earliest due first
-- (then the oldest case), counted and listed from the index alone.
CREATE INDEX case_duties_open_by_owner ON case_duties(owner_kind, owner_id, kind, due_at, case_id)
    WHERE done_at IS NULL;
-- Every unit's outstanding replies at once (Quality watches them).
CREATE INDEX case_duties_open_by_kind ON case_duties(kind, due_at, case_id) WHERE done_at IS NULL;
-- The overdue list: open duties whose time has passed.
CREATE INDEX case_duties_open_by_due ON case_duties(due_at, case_id) WHERE done_at IS NULL AND due_at IS NOT NULL;

-- The duties of the open cases already there are computed by core (the deadlines need the
-- company's calendar and time zone) when the database is first opened after this migration.
INSERT INTO settings(key, value)
SELECT 'duties.needs_rebuild', '1' WHERE EXISTS (SELECT 1 FROM cases WHERE status <> 'closed')
ON CONFLICT (key) DO UPDATE SET value = excluded.value;
