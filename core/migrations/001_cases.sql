-- Reference data and the quality case with every record of its main flow (DOMAIN.md R1-R9).
-- Times are whole seconds since 1970-01-01 UTC; the company's time zone is a setting.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE units (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    name_zh TEXT NOT NULL DEFAULT ''
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('sales','quality','technician','unit','manager','office','admin')),
    unit_id       INTEGER REFERENCES units(id),
    technician_id INTEGER,
    password_hash TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL
);

CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    key_customer INTEGER NOT NULL DEFAULT 0,
    address      TEXT NOT NULL DEFAULT '',
    region       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customers_by_name ON customers(name);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    name        TEXT NOT NULL,
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_by_customer ON contacts(customer_id);

CREATE TABLE product_models (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    product_line TEXT NOT NULL CHECK (product_line IN ('valve','actuator','positioner','spare'))
);

CREATE TABLE shipments (
    id          INTEGER PRIMARY KEY,
    order_no    TEXT NOT NULL,
    batch_no    TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    shipped_at  INTEGER NOT NULL
);
CREATE INDEX shipments_by_batch ON shipments(batch_no);
CREATE INDEX shipments_by_customer ON shipments(customer_id);

CREATE TABLE serials (
    serial_no   TEXT PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipments(id),
    model_id    INTEGER NOT NULL REFERENCES product_models(id)
) WITHOUT ROWID;

CREATE TABLE defect_categories (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    name_zh TEXT NOT NULL DEFAULT ''
);

CREATE TABLE defect_causes (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    name_zh TEXT NOT NULL DEFAULT ''
);

-- Grades of quality events (002 RR): response rules and the default clocks of each grade.
CREATE TABLE grades (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    name_zh            TEXT NOT NULL DEFAULT '',
    response_rules     TEXT NOT NULL DEFAULT '',
    temporary_measures TEXT NOT NULL DEFAULT '',
    processing_hours   INTEGER NOT NULL,
    unit_reply_hours   INTEGER NOT NULL,
    arrival_hours      INTEGER NOT NULL
);

CREATE TABLE service_agencies (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    phone  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE technicians (
    id        INTEGER PRIMARY KEY,
    agency_id INTEGER NOT NULL REFERENCES service_agencies(id),
    name      TEXT NOT NULL,
    phone     TEXT NOT NULL DEFAULT '',
    active    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE technician_lines (
    technician_id INTEGER NOT NULL REFERENCES technicians(id),
    product_line  TEXT NOT NULL,
    PRIMARY KEY (technician_id, product_line)
) WITHOUT ROWID;

CREATE TABLE counters (
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (kind, year)
) WITHOUT ROWID;

CREATE TABLE cases (
    id                 INTEGER PRIMARY KEY,
    number             TEXT NOT NULL UNIQUE,
    status             TEXT NOT NULL,
    -- R1 intake
    received_at        INTEGER NOT NULL,
    channel            TEXT NOT NULL,
    customer_id        INTEGER NOT NULL REFERENCES customers(id),
    contact_name       TEXT NOT NULL DEFAULT '',
    contact_phone      TEXT NOT NULL DEFAULT '',
    model_id           INTEGER REFERENCES product_models(id),
    serial_no          TEXT NOT NULL DEFAULT '',
    batch_no           TEXT NOT NULL DEFAULT '',
    order_no           TEXT NOT NULL DEFAULT '',
    quantity           INTEGER NOT NULL DEFAULT 1,
    symptom            TEXT NOT NULL,
    customer_request   TEXT NOT NULL DEFAULT '',
    site_address       TEXT NOT NULL DEFAULT '',
    is_objection       INTEGER NOT NULL DEFAULT 0,
    logged_at          INTEGER NOT NULL,
    logged_by          INTEGER NOT NULL REFERENCES users(id),
    -- R2 send to Quality, Quality records it
    sent_at            INTEGER,
    sent_by            INTEGER REFERENCES users(id),
    recorded_at        INTEGER,
    recorded_by        INTEGER REFERENCES users(id),
    -- R3 check and analyse
    analysed_at        INTEGER,
    analysed_by        INTEGER REFERENCES users(id),
    verification       TEXT NOT NULL DEFAULT '',
    analysis           TEXT NOT NULL DEFAULT '',
    defect_category_id INTEGER REFERENCES defect_categories(id),
    defect_cause_id    INTEGER REFERENCES defect_causes(id),
    grade_id           INTEGER REFERENCES grades(id),
    temporary_measures TEXT NOT NULL DEFAULT '',
    processing_due_at  INTEGER,
    -- 000 3.4.3 disposal suggestion within 24 hours of an objection
    disposal_at        INTEGER,
    disposal_by        INTEGER REFERENCES users(id),
    disposal_suggestion TEXT NOT NULL DEFAULT '',
    -- R9 close
    closed_at          INTEGER,
    closed_by          INTEGER REFERENCES users(id),
    problem_summary    TEXT NOT NULL DEFAULT '',
    treatment_result   TEXT NOT NULL DEFAULT '',
    written_feedback   TEXT NOT NULL DEFAULT '',
    waiver_reason      TEXT NOT NULL DEFAULT '',
    -- what is due next, kept by the workflow service for the lists
    next_due_at        INTEGER,
    next_due_kind      TEXT NOT NULL DEFAULT '',
    next_owner         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cases_by_status ON cases(status, id);
CREATE INDEX cases_by_grade ON cases(grade_id, id);
CREATE INDEX cases_by_customer ON cases(customer_id, id);
CREATE INDEX cases_by_model ON cases(model_id, id);
CREATE INDEX cases_by_serial ON cases(serial_no) WHERE serial_no <> '';
CREATE INDEX cases_by_batch ON cases(batch_no) WHERE batch_no <> '';
CREATE INDEX cases_by_due ON cases(next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX cases_by_owner_due ON cases(next_owner, next_due_at);

-- R3 responsible units with their task and deadline; R4 each unit's receipt and reply.
CREATE TABLE case_units (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    task        TEXT NOT NULL,
    due_at      INTEGER NOT NULL,
    received_at INTEGER,
    received_by INTEGER REFERENCES users(id),
    replied_at  INTEGER,
    replied_by  INTEGER REFERENCES users(id),
    reply       TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, unit_id)
);
CREATE INDEX case_units_by_unit ON case_units(unit_id, case_id);

-- R4 the numbered information feedback sheet.
CREATE TABLE feedback_sheets (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL UNIQUE REFERENCES cases(id),
    number    TEXT NOT NULL UNIQUE,
    issued_at INTEGER NOT NULL,
    issued_by INTEGER NOT NULL REFERENCES users(id)
);

-- R5 processing plan; return to factory carries its return plan order stages.
CREATE TABLE plans (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL UNIQUE REFERENCES cases(id),
    kind            TEXT NOT NULL CHECK (kind IN ('onsite','return','replacement','remote')),
    agency_id       INTEGER REFERENCES service_agencies(id),
    technician_id   INTEGER REFERENCES technicians(id),
    appointed_at    INTEGER,
    address         TEXT NOT NULL DEFAULT '',
    details         TEXT NOT NULL DEFAULT '',
    return_order_no TEXT NOT NULL DEFAULT '',
    received_at     INTEGER,
    reworked_at     INTEGER,
    resupplied_at   INTEGER,
    completed_at    INTEGER,
    completion_note TEXT NOT NULL DEFAULT '',
    planned_at      INTEGER NOT NULL,
    planned_by      INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX plans_by_technician ON plans(technician_id, case_id);

-- R6 on-site service record.
CREATE TABLE service_records (
    id                 INTEGER PRIMARY KEY,
    case_id            INTEGER NOT NULL UNIQUE REFERENCES cases(id),
    technician_id      INTEGER REFERENCES technicians(id),
    arrived_at         INTEGER NOT NULL,
    finished_at        INTEGER NOT NULL,
    work_done          TEXT NOT NULL,
    parts_used         TEXT NOT NULL DEFAULT '',
    result             TEXT NOT NULL,
    customer_confirmed INTEGER NOT NULL DEFAULT 0,
    confirmed_by       TEXT NOT NULL DEFAULT '',
    recorded_at        INTEGER NOT NULL,
    recorded_by        INTEGER NOT NULL REFERENCES users(id)
);

-- R7, R8 return visits and R14 the follow-up of resupplied products.
CREATE TABLE visits (
    id                   INTEGER PRIMARY KEY,
    case_id              INTEGER NOT NULL REFERENCES cases(id),
    kind                 TEXT NOT NULL CHECK (kind IN ('first','second','resupply')),
    visited_at           INTEGER NOT NULL,
    visited_by           INTEGER NOT NULL REFERENCES users(id),
    marks                INTEGER,
    remarks              TEXT NOT NULL DEFAULT '',
    product_use          TEXT NOT NULL DEFAULT '',
    feedback             TEXT NOT NULL DEFAULT '',
    forwarded_to_quality INTEGER NOT NULL DEFAULT 0,
    UNIQUE (case_id, kind)
);
CREATE INDEX visits_by_time ON visits(visited_at);

CREATE TABLE visit_items (
    id          INTEGER PRIMARY KEY,
    visit_id    INTEGER NOT NULL REFERENCES visits(id),
    requirement TEXT NOT NULL,
    confirmed   INTEGER NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX visit_items_by_visit ON visit_items(visit_id);

-- R8 problems transferred to technical support.
CREATE TABLE follow_ups (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    owner_unit_id INTEGER NOT NULL REFERENCES units(id),
    task          TEXT NOT NULL,
    due_at        INTEGER NOT NULL,
    done_at       INTEGER,
    done_by       INTEGER REFERENCES users(id),
    result        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX follow_ups_by_case ON follow_ups(case_id);
