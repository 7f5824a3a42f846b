-- The customer loops (issue 15): a manager's visit after a key customer's case (R15), the general
-- manager's return visits sent to the departments and filed (R17), the call-back after every batch
-- delivered (R16), the year-end satisfaction survey (R18) and the customer's requirements before
-- supply (R20). Times are epoch seconds; a day is stored as 12:00 UTC of it, as RecordWriter does.

-- The loops' settings (Administration > Settings > Customer loops):
--   loops.visit_days            a manager's visit is due this many days after a key customer's case closes
--   loops.callback_days         a batch's call-back comes into Sales' queue this many days after delivery
--   loops.callback_within_days  ... and is overdue this many days later
--   loops.supply_notice_days    an order's requirements and documents come into the queue this many
--                               days before its delivery date
--   loops.start                 the day the loops start: batches delivered and cases closed before it
--                               owe no call-back and no visit (an upgraded database does not wake up
--                               to years of overdue call-backs); a new database starts on its first day
INSERT INTO settings(key, value) VALUES
    ('loops.visit_days', '30'),
    ('loops.callback_days', '30'),
    ('loops.callback_within_days', '5'),
    ('loops.supply_notice_days', '14'),
    ('loops.start', date('now'))
ON CONFLICT DO NOTHING;

-- The language a customer's letters are printed in (the survey letter); NULL: Chinese when the
-- customer has a Chinese name, English otherwise.
ALTER TABLE customers ADD COLUMN language TEXT CHECK (language IN ('en', 'zh_CN'));

-- Batches by delivery date: the call-backs due and the orders to prepare are ranges of it.
CREATE INDEX shipments_by_delivery ON shipments(shipped_at);
-- Cases by closing time (the key customers' cases that owe a manager's visit) use
-- cases_by_closed of migration 017, which begins with closed_at.

-- R17 a round of return visits organized by the general manager over chosen customers.
CREATE TABLE visit_rounds (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,           -- VR-2026-00001
    purpose      TEXT NOT NULL,
    planned_from INTEGER NOT NULL,               -- a day
    planned_to   INTEGER NOT NULL,               -- a day: the visits are due by its end
    organised_by INTEGER NOT NULL REFERENCES users(id),
    created_at   INTEGER NOT NULL
);

-- R15 a manager's visit after a key customer's case, R17 one customer's return visit of a round:
-- planned (who leads, who goes, when), recorded (whom we met, the customer's comments and
-- suggestions), R17's record sent to the departments chosen and filed once each has signed for it.
-- An R15 visit may be waived by a manager, with the reason ("when necessary", 002 RV).
CREATE TABLE customer_visits (
    id                 INTEGER PRIMARY KEY,
    number             TEXT NOT NULL UNIQUE,     -- CV-2026-00001
    kind               TEXT NOT NULL CHECK (kind IN ('complaint', 'return')),
    case_id            INTEGER UNIQUE REFERENCES cases(id),
    round_id           INTEGER REFERENCES visit_rounds(id),
    customer_id        INTEGER NOT NULL REFERENCES customers(id),
    status             TEXT NOT NULL CHECK (status IN ('planned', 'recorded', 'sent', 'filed', 'waived')),
    due_at             INTEGER NOT NULL,
    leader_id          INTEGER REFERENCES users(id),
    participants       TEXT NOT NULL DEFAULT '',
    planned_on         INTEGER,                  -- a day
    planned_at         INTEGER,
    planned_by         INTEGER REFERENCES users(id),
    visited_on         INTEGER,                  -- a day
    customer_people    TEXT NOT NULL DEFAULT '',
    treatment_comments TEXT NOT NULL DEFAULT '',
    opinions           TEXT NOT NULL DEFAULT '',
    suggestions        TEXT NOT NULL DEFAULT '',
    recorded_at        INTEGER,
    recorded_by        INTEGER REFERENCES users(id),
    sent_at            INTEGER,
    sent_by            INTEGER REFERENCES users(id),
    filed_at           INTEGER,
    filed_by           INTEGER REFERENCES users(id),
    waived_at          INTEGER,
    waived_by          INTEGER REFERENCES users(id),
    waiver_reason      TEXT NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1,
    CHECK ((kind = 'complaint') = (case_id IS NOT NULL)),
    CHECK ((kind = 'return') = (round_id IS NOT NULL))
);
CREATE INDEX customer_visits_by_status ON customer_visits(status, due_at);
CREATE INDEX customer_visits_by_round ON customer_visits(round_id) WHERE round_id IS NOT NULL;

-- R17 the departments a return-visit record is sent to, each with its receipt.
CREATE TABLE visit_recipients (
    id          INTEGER PRIMARY KEY,
    visit_id    INTEGER NOT NULL REFERENCES customer_visits(id),
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    received_at INTEGER,
    received_by INTEGER REFERENCES users(id),
    UNIQUE (visit_id, unit_id)
);
CREATE INDEX visit_recipients_waiting ON visit_recipients(unit_id, visit_id) WHERE received_at IS NULL;

-- R16 the call-back of a delivered batch: what the customer said of the quality; an objection
-- became the case named here.
CREATE TABLE batch_callbacks (
    id           INTEGER PRIMARY KEY,
    shipment_id  INTEGER NOT NULL UNIQUE REFERENCES shipments(id),
    called_at    INTEGER NOT NULL,
    called_by    INTEGER NOT NULL REFERENCES users(id),
    contact_name TEXT NOT NULL DEFAULT '',
    opinion      TEXT NOT NULL CHECK (opinion IN ('satisfied', 'remarks', 'objection')),
    comments     TEXT NOT NULL DEFAULT '',
    case_id      INTEGER UNIQUE REFERENCES cases(id)
);
CREATE INDEX batch_callbacks_by_time ON batch_callbacks(called_at);

-- R18 the year-end satisfaction survey: one per year, one letter per customer chosen, the answers
-- as they come back (scores 1 to 5), the analysis sent to Quality, Quality's review.
CREATE TABLE surveys (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL UNIQUE,
    number      TEXT NOT NULL UNIQUE,            -- SV-2026
    reply_by    INTEGER NOT NULL,                -- a day
    created_at  INTEGER NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES users(id),
    analysis    TEXT NOT NULL DEFAULT '',
    reported_at INTEGER,
    reported_by INTEGER REFERENCES users(id),
    reviewed_at INTEGER,
    reviewed_by INTEGER REFERENCES users(id),
    review_note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE survey_letters (
    id             INTEGER PRIMARY KEY,
    survey_id      INTEGER NOT NULL REFERENCES surveys(id),
    customer_id    INTEGER NOT NULL REFERENCES customers(id),
    language       TEXT NOT NULL CHECK (language IN ('en', 'zh_CN')),
    answered_on    INTEGER,                      -- a day
    quality_score  INTEGER CHECK (quality_score BETWEEN 1 AND 5),
    delivery_score INTEGER CHECK (delivery_score BETWEEN 1 AND 5),
    comments       TEXT NOT NULL DEFAULT '',
    recorded_at    INTEGER,
    recorded_by    INTEGER REFERENCES users(id),
    UNIQUE (survey_id, customer_id)
);

-- R18 an improvement opportunity Quality found in the survey: its owner and due day, and the
-- corrective action asked for (requested) until the improvement loop raised it (raised, with its
-- number).
CREATE TABLE survey_findings (
    id            INTEGER PRIMARY KEY,
    survey_id     INTEGER NOT NULL REFERENCES surveys(id),
    finding       TEXT NOT NULL,
    owner_unit_id INTEGER NOT NULL REFERENCES units(id),
    due_on        INTEGER NOT NULL,              -- a day
    action_status TEXT NOT NULL DEFAULT 'requested' CHECK (action_status IN ('requested', 'raised')),
    action_number TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    created_by    INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX survey_findings_by_survey ON survey_findings(survey_id);
CREATE INDEX survey_findings_requested ON survey_findings(action_status) WHERE action_status = 'requested';

-- R20 before supply: an order's requirements and operating conditions, and the documents that go
-- with the goods, each checked off when it is packed.
CREATE TABLE order_requirements (
    id          INTEGER PRIMARY KEY,
    order_no    TEXT NOT NULL UNIQUE,
    medium      TEXT NOT NULL DEFAULT '',
    pressure    TEXT NOT NULL DEFAULT '',
    temperature TEXT NOT NULL DEFAULT '',
    special     TEXT NOT NULL DEFAULT '',
    recorded_at INTEGER NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE order_documents (
    id             INTEGER PRIMARY KEY,
    requirement_id INTEGER NOT NULL REFERENCES order_requirements(id),
    kind           TEXT NOT NULL CHECK (kind IN ('certificate', 'manual', 'test_report', 'other')),
    name           TEXT NOT NULL DEFAULT '',
    checked_at     INTEGER,
    checked_by     INTEGER REFERENCES users(id),
    UNIQUE (requirement_id, kind, name)
);
