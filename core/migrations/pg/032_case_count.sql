-- PostgreSQL's form of 032_case_count.sql: the same one row, kept by a trigger that runs when the
-- transaction commits (a deferred constraint trigger), not when the case is written. Every new
-- case of the office updates this row, so two saves take turns on it (they already take turns on
-- the case-number counter, counters). Deferred, the row is locked only for the commit itself:
-- - a long transaction that writes cases (an import of thousands of past cases) does not hold it
--   from its first case on and so does not stop every other clerk's save until it ends;
-- - it is the last lock any transaction takes, so waiting for it closes no circle of waits (an
--   import holding the row while waiting for a case number that a logCase holds while waiting for
--   the row would be a deadlock).
-- A constraint trigger runs for each row: a statement writing many cases updates the row once per
-- case. Only the move (OfficeMove) writes cases by the thousand in one statement, and it pauses
-- every INSERT trigger and copies this row from the file instead.
-- A transaction does not see its own new cases in the row before it commits.
CREATE TABLE case_count (
    id    BIGINT NOT NULL PRIMARY KEY CHECK (id = 1),
    total BIGINT NOT NULL
);
-- No case written or committed between the count and the triggers.
LOCK TABLE cases IN SHARE ROW EXCLUSIVE MODE;
INSERT INTO case_count(id, total) SELECT 1, count(*) FROM cases;

CREATE FUNCTION ql_count_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE case_count SET total = total + 1 WHERE id = 1;
    ELSE
        UPDATE case_count SET total = total - 1 WHERE id = 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER cases_count_insert AFTER INSERT ON cases
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ql_count_cases();
CREATE CONSTRAINT TRIGGER cases_count_delete AFTER DELETE ON cases
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ql_count_cases();
