-- PostgreSQL's form of 013_reference_lists.sql: the same tables and columns. A server can drop a
-- CHECK and add a key, so product_models and technician_lines are altered, not rebuilt; the
-- codes are made by ql_code() where SQLite uses printf(), and a row written without a code gets
-- one from a BEFORE INSERT trigger (SQLite: an AFTER INSERT update).
--
-- The company's own lists, kept by the office and the administrator (issue 11): every entry
-- gets a code where it had none, English and Chinese names where a clerk reads them, and an
-- active flag (a deactivated entry is no longer offered for new cases; old cases keep it).
CREATE FUNCTION ql_code(prefix text, id bigint, width int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT prefix || CASE WHEN length(id::text) >= width THEN id::text ELSE lpad(id::text, width, '0') END
$$;
CREATE FUNCTION ql_fill_code() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.code := ql_code(TG_ARGV[0], NEW.id, TG_ARGV[1]::int);
    RETURN NEW;
END
$$;

-- Customers: code, Chinese name, active, and the mark a call leaves for the office.
ALTER TABLE customers ADD COLUMN code TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN name_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE customers ADD COLUMN needs_completion INTEGER NOT NULL DEFAULT 0;
UPDATE customers SET code = ql_code('C', id, 5) WHERE code = '';
CREATE UNIQUE INDEX customers_by_code ON customers(code) WHERE code <> '';
CREATE INDEX customers_to_complete ON customers(needs_completion) WHERE needs_completion = 1;
-- A row written without a code (an older tool, a bulk path) still gets one.
CREATE TRIGGER customers_code BEFORE INSERT ON customers FOR EACH ROW WHEN (NEW.code = '')
    EXECUTE FUNCTION ql_fill_code('C', '5');

-- A customer's sites and plants, each with its address.
CREATE TABLE customer_sites (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    name        TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customer_sites_by_customer ON customer_sites(customer_id, name);

ALTER TABLE contacts ADD COLUMN active INTEGER NOT NULL DEFAULT 1;

-- Product lines as a list; the four of the CHECK first, then any line a technician knew.
CREATE TABLE product_lines (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    name_zh TEXT NOT NULL DEFAULT '',
    active  INTEGER NOT NULL DEFAULT 1
);
INSERT INTO product_lines(code, name, name_zh) VALUES
    ('valve', 'Valves', '阀门'),
    ('actuator', 'Actuators', '执行器'),
    ('positioner', 'Positioners', '定位器'),
    ('spare', 'Spare parts', '备件');
INSERT INTO product_lines(code, name) SELECT DISTINCT product_line, product_line FROM technician_lines
    ON CONFLICT DO NOTHING;

-- Serials get an id (the audit log names entries by id); the number stays unique.
CREATE TABLE serials_new (
    id          INTEGER PRIMARY KEY,
    serial_no   TEXT NOT NULL UNIQUE,
    shipment_id INTEGER NOT NULL REFERENCES shipments(id),
    model_id    INTEGER NOT NULL REFERENCES product_models(id),
    active      INTEGER NOT NULL DEFAULT 1
);
INSERT INTO serials_new(serial_no, shipment_id, model_id)
    SELECT serial_no, shipment_id, model_id FROM serials ORDER BY serial_no;
DROP TABLE serials;
ALTER TABLE serials_new RENAME TO serials;
CREATE INDEX serials_by_shipment ON serials(shipment_id, serial_no);
CREATE INDEX serials_by_model ON serials(model_id);

-- Product models: type, size DN, pressure rating, active; the line refers to the list.
ALTER TABLE product_models DROP CONSTRAINT product_models_product_line_check;
ALTER TABLE product_models ADD COLUMN name_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE product_models ADD COLUMN model_type TEXT NOT NULL DEFAULT '';
ALTER TABLE product_models ADD COLUMN size_dn INTEGER;
ALTER TABLE product_models ADD COLUMN pressure_rating TEXT NOT NULL DEFAULT '';
ALTER TABLE product_models ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE product_models ADD FOREIGN KEY (product_line) REFERENCES product_lines(code);
CREATE INDEX product_models_by_line ON product_models(product_line);

-- Orders and their delivered batches: the customer's site.
ALTER TABLE shipments ADD COLUMN site_id INTEGER REFERENCES customer_sites(id);
ALTER TABLE shipments ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
CREATE INDEX shipments_by_order ON shipments(order_no, batch_no);

ALTER TABLE units ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE grades ADD COLUMN active INTEGER NOT NULL DEFAULT 1;

-- Defect categories and causes: two-level catalogs, a group code above each code.
CREATE TABLE defect_groups (
    id      INTEGER PRIMARY KEY,
    catalog TEXT NOT NULL CHECK (catalog IN ('category', 'cause')),
    code    TEXT NOT NULL,
    name    TEXT NOT NULL,
    name_zh TEXT NOT NULL DEFAULT '',
    active  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (catalog, code)
);
INSERT INTO defect_groups(catalog, code, name, name_zh) VALUES
    ('category', 'LEAK', 'Leakage', '泄漏'),
    ('category', 'FUNC', 'Function and control', '功能与控制'),
    ('category', 'PROD', 'Product and delivery', '产品与交付'),
    ('category', 'GEN', 'General', '通用'),
    ('cause', 'MAKER', 'At the manufacturer', '制造方原因'),
    ('cause', 'FIELD', 'Delivery, site and use', '运输、现场与使用'),
    ('cause', 'GEN', 'General', '通用');
ALTER TABLE defect_categories ADD COLUMN group_id INTEGER REFERENCES defect_groups(id);
ALTER TABLE defect_categories ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE defect_causes ADD COLUMN group_id INTEGER REFERENCES defect_groups(id);
ALTER TABLE defect_causes ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
UPDATE defect_categories SET group_id = (SELECT id FROM defect_groups WHERE catalog = 'category' AND code =
    CASE WHEN defect_categories.code IN ('LEAK_EXT', 'LEAK_SEAT') THEN 'LEAK'
         WHEN defect_categories.code IN ('STUCK', 'ACTUATOR', 'POSITIONER') THEN 'FUNC'
         WHEN defect_categories.code IN ('DIMENSION', 'MATERIAL', 'DOCUMENTS', 'APPEARANCE') THEN 'PROD'
         ELSE 'GEN' END);
UPDATE defect_causes SET group_id = (SELECT id FROM defect_groups WHERE catalog = 'cause' AND code =
    CASE WHEN defect_causes.code IN ('DESIGN', 'MACHINING', 'ASSEMBLY', 'PURCHASED', 'TESTING') THEN 'MAKER'
         WHEN defect_causes.code IN ('TRANSPORT', 'INSTALL', 'OPERATION', 'SELECTION') THEN 'FIELD'
         ELSE 'GEN' END);

-- Service agencies and technicians (R19): codes, and what each technician knows.
ALTER TABLE service_agencies ADD COLUMN code TEXT NOT NULL DEFAULT '';
ALTER TABLE service_agencies ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE service_agencies ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
UPDATE service_agencies SET code = ql_code('AG', id, 3) WHERE code = '';
CREATE UNIQUE INDEX service_agencies_by_code ON service_agencies(code) WHERE code <> '';
CREATE TRIGGER service_agencies_code BEFORE INSERT ON service_agencies FOR EACH ROW WHEN (NEW.code = '')
    EXECUTE FUNCTION ql_fill_code('AG', '3');

ALTER TABLE technicians ADD COLUMN code TEXT NOT NULL DEFAULT '';
ALTER TABLE technicians ADD COLUMN email TEXT NOT NULL DEFAULT '';
UPDATE technicians SET code = ql_code('T', id, 4) WHERE code = '';
CREATE UNIQUE INDEX technicians_by_code ON technicians(code) WHERE code <> '';
CREATE TRIGGER technicians_code BEFORE INSERT ON technicians FOR EACH ROW WHEN (NEW.code = '')
    EXECUTE FUNCTION ql_fill_code('T', '4');

-- The lines a technician knows now refer to the list.
ALTER TABLE technician_lines ADD FOREIGN KEY (product_line) REFERENCES product_lines(code);

CREATE TABLE technician_models (
    technician_id INTEGER NOT NULL REFERENCES technicians(id),
    model_id      INTEGER NOT NULL REFERENCES product_models(id),
    PRIMARY KEY (technician_id, model_id)
) WITHOUT ROWID;

-- Training records (R19): the course, when, the result, until when it is valid, and the
-- product line or model it qualifies for. Dates are stored as 12:00 UTC of the day.
CREATE TABLE technician_training (
    id            INTEGER PRIMARY KEY,
    technician_id INTEGER NOT NULL REFERENCES technicians(id),
    course        TEXT NOT NULL,
    product_line  TEXT REFERENCES product_lines(code),
    model_id      INTEGER REFERENCES product_models(id),
    trained_on    INTEGER NOT NULL,
    result        TEXT NOT NULL CHECK (result IN ('passed', 'failed')),
    valid_until   INTEGER,
    note          TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX technician_training_by_technician ON technician_training(technician_id, trained_on);
