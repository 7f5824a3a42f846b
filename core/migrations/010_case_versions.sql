-- Two people, one case (issue 10): every case carries a version that each change increments,
-- and each audit row says which version of its case it made. A save built on an older version
-- is refused, naming who changed what and when since (the rows with a higher case_version).
-- The cases there are stand at version 1; their earlier history keeps case_version NULL (it
-- came before versions were kept, and the audit log is never rewritten).
ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE audit_log ADD COLUMN case_version INTEGER;

-- The identity of this database, so what belongs to one database file (a form's draft on a
-- person's computer) is never offered in another. A copy or a restored backup keeps it: it
-- holds the same cases.
INSERT OR IGNORE INTO settings(key, value)
SELECT 'database.id',
       lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
       || substr(lower(hex(randomblob(2))), 2) || '-'
       || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
       || lower(hex(randomblob(6)));
