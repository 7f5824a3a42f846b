-- PostgreSQL's form of 020_attachments.sql: the same tables; the refusals are triggers of ql_refuse (002).
-- Issue 17: photos and documents on a case, kept in the database itself, so that one backup,
-- one restore and the move to a shared server carry them with the cases.
--
-- Three tables, so that files never slow what does not show them: the case list, search and
-- the saves of a case read none of them, and the case view reads the links and the
-- thumbnails of one case, never the contents.

-- The bytes of each distinct file, once: the same file added twice (to one case or to two) is
-- one row, found by its SHA-256. Written in pieces through SQLite's incremental blob I/O, read
-- the same way (on a server: BYTEA). Never changed or deleted: a withdrawn file keeps its bytes.
CREATE TABLE attachment_contents (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size   INTEGER NOT NULL CHECK (size >= 0),
    data   BLOB NOT NULL
);

-- A picture's thumbnail (a JPEG at most 256 pixels on its longer side, turned upright as the
-- photo's EXIF orientation says), made once when the picture is first stored.
CREATE TABLE attachment_thumbnails (
    sha256 TEXT PRIMARY KEY REFERENCES attachment_contents(sha256),
    width  INTEGER NOT NULL, -- of the picture as shown (upright), in pixels
    height INTEGER NOT NULL,
    jpeg   BLOB NOT NULL
);

-- A file on a case: who added it, when, at which step, with which name and caption; and its
-- withdrawal (when, by whom, why), which hides it from the case but keeps it.
CREATE TABLE case_attachments (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id),
    sha256           TEXT NOT NULL REFERENCES attachment_contents(sha256),
    file_name        TEXT NOT NULL CHECK (file_name <> ''),
    media_type       TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('photo', 'pdf', 'office', 'text', 'file')),
    size             INTEGER NOT NULL,
    caption          TEXT NOT NULL DEFAULT '',
    step             TEXT NOT NULL, -- 'intake', 'case' (the case view) or the step's form
    added_at         INTEGER NOT NULL,
    added_by         INTEGER NOT NULL REFERENCES users(id),
    withdrawn_at     INTEGER,
    withdrawn_by     INTEGER REFERENCES users(id),
    withdrawn_reason TEXT
);
CREATE INDEX case_attachments_by_case ON case_attachments(case_id, id);
CREATE INDEX case_attachments_by_content ON case_attachments(sha256);

CREATE TRIGGER attachment_contents_no_update BEFORE UPDATE ON attachment_contents
    FOR EACH ROW EXECUTE FUNCTION ql_refuse('A stored file cannot be changed');
CREATE TRIGGER attachment_contents_no_delete BEFORE DELETE ON attachment_contents
    FOR EACH ROW EXECUTE FUNCTION ql_refuse('A stored file cannot be deleted');
CREATE TRIGGER case_attachments_no_delete BEFORE DELETE ON case_attachments
    FOR EACH ROW EXECUTE FUNCTION ql_refuse('A file on a case cannot be deleted; it can be withdrawn');

-- The only change a file on a case takes is its withdrawal, once.
CREATE TRIGGER case_attachments_only_withdrawn BEFORE UPDATE ON case_attachments FOR EACH ROW
WHEN (OLD.withdrawn_at IS NOT NULL OR NEW.withdrawn_at IS NULL
    OR NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.sha256 IS DISTINCT FROM OLD.sha256
    OR NEW.file_name IS DISTINCT FROM OLD.file_name OR NEW.media_type IS DISTINCT FROM OLD.media_type
    OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.size IS DISTINCT FROM OLD.size
    OR NEW.caption IS DISTINCT FROM OLD.caption OR NEW.step IS DISTINCT FROM OLD.step
    OR NEW.added_at IS DISTINCT FROM OLD.added_at OR NEW.added_by IS DISTINCT FROM OLD.added_by)
    EXECUTE FUNCTION ql_refuse('A file on a case can only be withdrawn, once');
