-- Indexes for the case list at ten years of data (issue 5, the 1,000,000-case benchmark).
-- "Overdue of one grade" (the filter a quality engineer changes to most) and its count read a
-- range of this index instead of visiting every case of the grade.
CREATE INDEX cases_by_grade_due ON cases(grade_id, next_due_at) WHERE next_due_at IS NOT NULL;
-- Logging a case looks up its serial number with the count of the serial's open cases
-- (k.serial_no = s.serial_no): a correlated term the partial cases_by_serial cannot serve, so
-- every save scanned all cases. A full index on (serial_no, status) answers it from the index.
CREATE INDEX cases_by_serial_status ON cases(serial_no, status);
-- The first page of "overdue of one grade", newest first: the grade's cases by id with the due
-- time in the index, so the walk down the list reads no table row until it has a match.
CREATE INDEX cases_by_grade_id_due ON cases(grade_id, id, next_due_at);
