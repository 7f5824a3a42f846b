-- Indexes for "My work" and the navigation counts at ten years of data (issue 5: the window on
-- 1,000,000 cases). Each queue heading reads a narrow range of one index instead of every case.
-- Work waiting for one owner and kind of step ("disposal suggestion owed", "ready to close"):
-- counted and its overdue part from the index alone.
CREATE INDEX cases_by_owner_kind_due ON cases(next_owner, next_due_kind, next_due_at, status);
-- "Overdue work" (next_due_at < now): the range of due times with the status beside it, so the
-- count does not read the cases' rows.
CREATE INDEX cases_by_due_status ON cases(next_due_at, status) WHERE next_due_at IS NOT NULL;
-- Units' replies still outstanding: few rows among millions of sheet lines.
CREATE INDEX case_units_unreplied ON case_units(unit_id, case_id) WHERE replied_at IS NULL;
CREATE INDEX case_units_unreplied_by_case ON case_units(case_id) WHERE replied_at IS NULL;
-- Follow-ups still open, by the unit that owns them.
CREATE INDEX follow_ups_open ON follow_ups(owner_unit_id, case_id) WHERE done_at IS NULL;
