-- PostgreSQL's form of 021_improvement.sql: the same tables; the refusals are triggers of ql_refuse (002).
-- The improvement loop (issue 14, DOMAIN.md R11-R13, 002 WT): tracing of key customers' and
-- major problems in the 8D form, corrective and preventive actions with their numbered
-- rectification notice circulated at three meetings, and special treatment groups.
-- Days are stored as 12:00 UTC of the day (as RecordWriter stores a QDate), times as epoch seconds.
--
-- Each record has its own version: R&D signing D4 must not make a clerk's plan, opened on the
-- same case, a conflict. Their audit rows name no case (case_id NULL); the records name it.

-- R11: the grades whose cases are traced. Grade A (major) is, as its response rules say
-- ("cause analysis with R&D, Quality and Manufacturing").
ALTER TABLE grades ADD COLUMN traced INTEGER NOT NULL DEFAULT 0;
UPDATE grades SET traced = 1 WHERE code = 'A';

-- R11 one tracing per case, numbered 8D-YYYY-NNNNN; closed once D8 is signed off.
CREATE TABLE tracings (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    case_id      INTEGER NOT NULL UNIQUE REFERENCES cases(id),
    reason       TEXT NOT NULL CHECK (reason IN ('key_customer', 'major', 'request')),
    request_note TEXT NOT NULL DEFAULT '',
    opened_at    INTEGER NOT NULL,
    opened_by    INTEGER NOT NULL REFERENCES users(id),
    closed_at    INTEGER,
    closed_by    INTEGER REFERENCES users(id)
);
CREATE INDEX tracings_open ON tracings(opened_at) WHERE closed_at IS NULL;

-- The nine steps D0..D8 of a tracing: the owner (a unit, or one person), the day it is due,
-- what was found and decided, whether it was verified (D4, D5, D6), and the sign-off.
CREATE TABLE tracing_steps (
    id            INTEGER PRIMARY KEY,
    tracing_id    INTEGER NOT NULL REFERENCES tracings(id),
    step          INTEGER NOT NULL CHECK (step BETWEEN 0 AND 8),
    owner_unit_id INTEGER REFERENCES units(id),
    owner_user_id INTEGER REFERENCES users(id),
    due_on        INTEGER NOT NULL,
    text          TEXT NOT NULL DEFAULT '',
    verified      INTEGER NOT NULL DEFAULT 0,
    signed_at     INTEGER,
    signed_by     INTEGER REFERENCES users(id),
    version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (tracing_id, step)
);
CREATE INDEX tracing_steps_open ON tracing_steps(due_on, id) WHERE signed_at IS NULL;

-- R12 corrective and preventive actions, each numbered for its rectification notice
-- (RN-YYYY-NNNNN). Raised from a case, a tracing, a survey finding (customer loops, R18) or by
-- hand. status: open (the owner unit works on it), done (reported done, waiting for Quality's
-- effectiveness check), effective (checked effective), closed.
CREATE TABLE corrective_actions (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    source        TEXT NOT NULL CHECK (source IN ('manual', 'case', 'tracing', 'survey')),
    case_id       INTEGER REFERENCES cases(id),
    tracing_id    INTEGER REFERENCES tracings(id),
    finding_id    INTEGER REFERENCES survey_findings(id),
    kind          TEXT NOT NULL CHECK (kind IN ('technical', 'purchasing', 'manufacturing')),
    preventive    INTEGER NOT NULL DEFAULT 0,
    what          TEXT NOT NULL,
    owner_unit_id INTEGER NOT NULL REFERENCES units(id),
    due_on        INTEGER NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('open', 'done', 'effective', 'closed')),
    raised_at     INTEGER NOT NULL,
    raised_by     INTEGER NOT NULL REFERENCES users(id),
    done_note     TEXT NOT NULL DEFAULT '',
    done_at       INTEGER,
    done_by       INTEGER REFERENCES users(id),
    check_note    TEXT NOT NULL DEFAULT '',
    checked_at    INTEGER,
    checked_by    INTEGER REFERENCES users(id),
    closed_at     INTEGER,
    closed_by     INTEGER REFERENCES users(id),
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX actions_by_status ON corrective_actions(status, due_on, id);
CREATE INDEX actions_by_due ON corrective_actions(due_on, id) WHERE status <> 'closed';
CREATE INDEX actions_by_case ON corrective_actions(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX actions_by_tracing ON corrective_actions(tracing_id) WHERE tracing_id IS NOT NULL;

-- The rectification notice at each of the three meetings: the day it met, who signed it off.
CREATE TABLE action_circulations (
    id            INTEGER PRIMARY KEY,
    action_id     INTEGER NOT NULL REFERENCES corrective_actions(id),
    meeting       TEXT NOT NULL CHECK (meeting IN ('quality', 'technical', 'production')),
    met_on        INTEGER NOT NULL,
    signed_off_by TEXT NOT NULL,
    recorded_at   INTEGER NOT NULL,
    recorded_by   INTEGER NOT NULL REFERENCES users(id),
    UNIQUE (action_id, meeting)
);

-- R13 special treatment groups (TG-YYYY-NNNNN) for problems hard to verify or close.
CREATE TABLE treatment_groups (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    problem      TEXT NOT NULL,
    case_id      INTEGER REFERENCES cases(id),
    lead_user_id INTEGER NOT NULL REFERENCES users(id),
    opened_at    INTEGER NOT NULL,
    opened_by    INTEGER NOT NULL REFERENCES users(id),
    improvement  TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    closed_at    INTEGER,
    closed_by    INTEGER REFERENCES users(id),
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX groups_open ON treatment_groups(opened_at) WHERE closed_at IS NULL;

CREATE TABLE treatment_group_members (
    id       INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES treatment_groups(id),
    user_id  INTEGER NOT NULL REFERENCES users(id),
    UNIQUE (group_id, user_id)
);

CREATE TABLE treatment_group_progress (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES treatment_groups(id),
    progress_on INTEGER NOT NULL,
    entry       TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX group_progress_by_group ON treatment_group_progress(group_id, progress_on);

-- Numbered records, like cases, are never removed: a number never goes to a second record.
CREATE TRIGGER tracings_no_delete BEFORE DELETE ON tracings
    FOR EACH ROW EXECUTE FUNCTION ql_refuse('Tracings cannot be deleted');
CREATE TRIGGER corrective_actions_no_delete BEFORE DELETE ON corrective_actions
    FOR EACH ROW EXECUTE FUNCTION ql_refuse('Corrective actions cannot be deleted');
CREATE TRIGGER treatment_groups_no_delete BEFORE DELETE ON treatment_groups
    FOR EACH ROW EXECUTE FUNCTION ql_refuse('Special treatment groups cannot be deleted');
