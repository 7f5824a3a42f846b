-- PostgreSQL's form of 011_accounts.sql: the refusal is a trigger of ql_refuse (002); the rest is the same.
-- Accounts (issue 10, item 9): a database gets its administrator when it is made (the window's
-- first-start setup or `qualityloop-cli init`), no longer from whoever first signs in as "admin".

-- Migration 004 put an "admin" without a password into every new database; the first person to
-- sign in as "admin" chose its password. Where nobody ever did, that account is removed: the
-- window then finds no usable administrator and runs its first-start setup, which makes one.
-- An account without a password cannot have signed in, so nothing refers to it; the checks
-- below make sure of it.
DELETE FROM users
WHERE username = 'admin' AND role = 'admin' AND password_hash = ''
  AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.user_id = users.id)
  AND NOT EXISTS (SELECT 1 FROM cases c WHERE users.id IN (c.logged_by, c.sent_by, c.recorded_by,
                                                           c.analysed_by, c.disposal_by, c.closed_by))
  AND NOT EXISTS (SELECT 1 FROM case_units u WHERE users.id IN (u.received_by, u.replied_by))
  AND NOT EXISTS (SELECT 1 FROM feedback_sheets s WHERE s.issued_by = users.id)
  AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.planned_by = users.id)
  AND NOT EXISTS (SELECT 1 FROM service_records r WHERE r.recorded_by = users.id)
  AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.visited_by = users.id)
  AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.done_by = users.id);

-- Users are named in the audit log and in the cases: never deleted, deactivated (users.active).
CREATE TRIGGER users_no_delete BEFORE DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION ql_refuse('Users cannot be deleted: deactivate them');

-- Set when an administrator chose the password (a new user, a reset): the user chooses their own
-- at the next sign-in.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
-- How many times the password was set: the audit log shows each change of it (who, when), never
-- the password or its hash.
ALTER TABLE users ADD COLUMN password_changes INTEGER NOT NULL DEFAULT 0;

-- Wrong passwords per user name typed (known or not), for the growing wait (core/auth/SignInThrottle).
CREATE TABLE sign_in_failures (
    username        TEXT PRIMARY KEY,
    failures        INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL
);
