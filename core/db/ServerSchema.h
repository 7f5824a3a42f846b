#pragma once

#include "db/Migrator.h"

#include <QByteArray>
#include <QString>

// The schema as a PostgreSQL server makes it (issue 16): the same numbered migrations as an
// SQLite file, one text per migration, with a file of its own in migrations/pg/ only where the
// SQL must differ (full-text search, PL/pgSQL triggers, NOTIFY, a table altered where SQLite
// rebuilds it...). Every other migration is SQLite's text said the server's way by translate().
namespace ServerSchema {
// SQLite's text of a migration said the server's way:
// - the column types: INTEGER -> BIGINT, INTEGER PRIMARY KEY -> an identity column,
//   REAL -> DOUBLE PRECISION, BLOB -> BYTEA; WITHOUT ROWID dropped;
// - a refusal trigger, CREATE TRIGGER t BEFORE DELETE ON x [WHEN c] BEGIN SELECT RAISE(ABORT, 'm'); END;
//   -> CREATE TRIGGER t BEFORE DELETE ON x FOR EACH ROW [WHEN (c)] EXECUTE FUNCTION ql_refuse('m');
//   (ql_refuse: migration 002), with SQLite's null-safe IS NOT / IS in c as IS [NOT] DISTINCT FROM;
// - the clock: CAST(strftime('%s', 'now') AS INTEGER) and date('now') (UTC) read from now().
// Statements both engines accept are written that way in the SQLite files themselves
// (INSERT ... ON CONFLICT DO NOTHING, ON CONFLICT (key) DO UPDATE SET value = excluded.value).
QString translate(const QString& sqliteText);
// The migration's own server file (":/qualityloop/migrations/pg/NNN_name.sql"), or empty.
QString ownFile(int version);
// The text a server runs for the migration: its own file, or else SQLite's text, translated.
QByteArray script(const Migrator::Migration& migration);
// Run once on a new database, in the transaction of its first migration (the schema's version).
QByteArray setup();
// Run after every migration (the id sequences follow ids a program chose itself).
QByteArray afterEach();
} // namespace ServerSchema
