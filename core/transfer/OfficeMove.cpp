#include "transfer/OfficeMove.h"

#include "UserError.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/MovedFile.h"
#include "db/ServerAddress.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "transfer/MoveBatch.h"
#include "transfer/MoveReindex.h"
#include "transfer/MoveSchema.h"
#include "transfer/RowDigest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>

#include <optional>

namespace {
constexpr int maxRowsPerInsert = 1000;
constexpr qint64 maxBytesPerInsert = 16 * 1024 * 1024; // attachments (as hex): a few files a statement

QString quoted(const QString& name)
{
    return u'"' + name + u'"';
}

// The ORDER BY of a table's primary key: text in byte order on both engines (SQLite's BINARY
// is C's memcmp; a server's database may have any collation, so COLLATE "C" there).
QString keyOrder(const MoveTable& table, bool server)
{
    QStringList parts;
    for (int i = 0; i < table.key.size(); ++i) {
        const int column = table.columns.indexOf(table.key.at(i));
        QString part = server ? quoted(table.key.at(i)) : quoted(table.sourceColumns.value(column));
        if (table.keyIsText.value(i))
            part += server ? QStringLiteral(" COLLATE \"C\"") : QStringLiteral(" COLLATE BINARY");
        parts.append(part);
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + parts.join(u", ");
}

QString columnList(const QStringList& columns)
{
    QStringList parts;
    for (const QString& column : columns)
        parts.append(quoted(column));
    return parts.join(u", ");
}

// As read from the file, fit to bind: an empty text or bytes value stays empty, never NULL
// (Qt binds a null QString or QByteArray as NULL).
QVariant bindable(const QVariant& value)
{
    if (value.isNull())
        return value;
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QByteArray("", 0);
    return value;
}

// The triggers that act on an INSERT, paused during the copy (see OfficeMove.h).
QList<std::pair<QString, QString>> insertTriggers(const QSqlDatabase& server)
{
    QList<std::pair<QString, QString>> triggers;
    QSqlQuery q = Sql::exec(server,
                            QStringLiteral("SELECT c.relname, g.tgname FROM pg_trigger g "
                                           "JOIN pg_class c ON c.oid = g.tgrelid "
                                           "WHERE NOT g.tgisinternal AND (g.tgtype & 4) <> 0 "
                                           "AND g.tgenabled <> 'D' "
                                           "AND c.relnamespace = current_schema()::regnamespace "
                                           "ORDER BY 1, 2"));
    while (q.next())
        triggers.append({q.value(0).toString(), q.value(1).toString()});
    return triggers;
}

void setTriggers(const QSqlDatabase& server, const QList<std::pair<QString, QString>>& triggers, bool on)
{
    for (const auto& [table, trigger] : triggers)
        Sql::exec(server,
                  QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3")
                      .arg(quoted(table), on ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"),
                           quoted(trigger)));
}

} // namespace

OfficeMove::OfficeMove(const QString& file, const QString& server)
    : m_file(file)
    , m_server(server)
{
}

void OfficeMove::refuseWork(const QSqlDatabase& server, const QString& address)
{
    QSqlQuery counts = Sql::exec(server,
                                 QStringLiteral("SELECT (SELECT count(*) FROM users), "
                                                "(SELECT count(*) FROM cases), "
                                                "(SELECT count(*) FROM audit_log)"));
    counts.next();
    const qint64 users = counts.value(0).toLongLong();
    const qint64 cases = counts.value(1).toLongLong();
    const qint64 entries = counts.value(2).toLongLong();
    if (users + cases + entries == 0)
        return;
    const ServerAddress a = ServerAddress::parse(address);
    throw UserError(
        tr("The server database %1 is not empty (users: %2, cases: %3, entries of the audit log: %4). "
           "migrate only copies into an empty database, so that nothing there is mixed up or lost. Put "
           "an empty one in its place, under the same name so that pg_hba.conf still admits it: on the "
           "server, as root, with nobody connected to it, runuser -u postgres -- psql -c 'ALTER DATABASE "
           "%5 RENAME TO %5_old' (what it holds is kept there), then runuser -u postgres -- createdb "
           "--owner=%6 --encoding=UTF8 %5, and run migrate again. Nothing was changed.")
            .arg(address)
            .arg(users)
            .arg(cases)
            .arg(entries)
            .arg(a.database, a.user));
}

void OfficeMove::refuseIfServerNotEmpty() const
{
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    readOnly.create = false;
    readOnly.backgroundCheckpoint = false;
    try {
        const Database probe(m_server, readOnly);
        refuseWork(probe.connection(), probe.path());
    } catch (const DatabaseError& error) {
        if (error.kind() == DatabaseError::Kind::NotADatabase)
            throw UserError(
                tr("The server database %1 holds the tables of another program. migrate only copies "
                   "into an empty database. Nothing was changed.")
                    .arg(m_server));
        // Empty (no tables yet), or not there at all: opening it to write says which.
        if (error.kind() != DatabaseError::Kind::CannotOpen)
            throw;
    }
}

OfficeMove::Result OfficeMove::run(const Progress& progress) const
{
    refuseIfFileNotReady();
    refuseIfServerNotEmpty();
    Database::Options writable;
    writable.create = false;
    writable.backgroundCheckpoint = false;
    const Database source(m_file, writable);
    const QSqlDatabase file = source.connection();
    // The file's write lock, from before the first row is read until the file is marked as moved
    // (MovedFile): every table read at one moment, and nothing saved in the file meanwhile that
    // the server would not have. A program in the middle of a save (an import) is waited for a
    // few seconds, then the move is refused.
    std::optional<Transaction> fileLock;
    try {
        fileLock.emplace(file);
    } catch (const DatabaseError& error) {
        if (error.kind() != DatabaseError::Kind::Locked)
            throw;
        throw UserError(
            tr("Another program is saving in “%1” right now (a window in the middle of a save, an "
               "import). migrate needs the file to itself while it copies: wait until that is "
               "done, or close the windows and the other commands on this file, and run it "
               "again. Nothing was copied.")
                .arg(QDir::toNativeSeparators(source.path())));
    }
    const Database target(m_server); // the schema, by the same migrations as any new server database
    const QSqlDatabase server = target.connection();

    Result result;
    try {
        Transaction transaction(server);
        refuseWork(server, target.path()); // again, inside the transaction
        const MoveSchema schema(server, file);
        result.fileOnly = schema.fileOnly();
        const QList<std::pair<QString, QString>> triggers = insertTriggers(server);
        setTriggers(server, triggers, false);
        // The lists the migrations filled in (units, grades, settings...) make way for the file's.
        for (auto table = schema.tables().crbegin(); table != schema.tables().crend(); ++table)
            Sql::exec(server, QStringLiteral("DELETE FROM %1").arg(quoted(table->name)));

        QElapsedTimer timer;
        timer.start();
        for (const MoveTable& table : schema.tables()) {
            RowDigest digest;
            copyTable(file, server, table, digest, progress);
            TableResult row;
            row.table = table.name;
            row.fileRows = digest.rows();
            row.fileSum = digest.hex();
            row.note = table.note;
            result.rows += digest.rows();
            result.bytes += digest.bytes();
            result.tables.append(row);
        }
        setTriggers(server, triggers, true);
        for (const MoveTable& table : schema.tables()) {
            if (table.hasIdentity)
                Sql::exec(server,
                          QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                         "COALESCE((SELECT max(id) FROM %1), 0) + 1, false)")
                              .arg(quoted(table.name)),
                          {quoted(table.name)});
        }
        result.copyMs = timer.restart();

        bool allMatch = true;
        for (int i = 0; i < schema.tables().size(); ++i) {
            RowDigest digest;
            readBack(server, schema.tables().at(i), digest, progress);
            result.tables[i].serverRows = digest.rows();
            result.tables[i].serverSum = digest.hex();
            allMatch = allMatch && result.tables.at(i).matches();
        }
        result.checkMs = timer.restart();
        if (allMatch)
            allMatch = reindexSearch(server, result, progress);
        result.indexMs = timer.elapsed();
        if (!allMatch)
            return result;
        // Marked in the file's transaction before the server's commit: a file that cannot be
        // marked keeps the server empty. Committed after it: the file refuses work only once
        // the server has it.
        MovedFile::mark(file, m_server);
        transaction.commit();
        result.kept = true;
    } catch (const DatabaseError& error) {
        throw DatabaseError(
            error.kind(),
            error.message() + u' '
                + tr("Nothing was copied: the server database is as a new QualityLoop database (its "
                     "tables, no users, cases or audit entries). Run migrate again once the problem is "
                     "solved."));
    }
    try {
        fileLock->commit();
    } catch (const DatabaseError& error) {
        throw DatabaseError(
            error.kind(),
            tr("Every table was copied and kept on the server %1, but “%2” could not be marked as moved "
               "(%3). Nobody may save in the file any more: make sure every PC opens the server, and "
               "keep the file as the record of the move.")
                .arg(MovedFile::serverOf(m_server), QDir::toNativeSeparators(source.path()),
                     error.message()));
    }
    fileLock.reset();
    analyze(server, result, progress);
    return result;
}

void OfficeMove::refuseIfFileNotReady() const
{
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    readOnly.create = false;
    readOnly.backgroundCheckpoint = false;
    const Database source(m_file, readOnly);
    if (source.schemaVersion() != Database::latestSchemaVersion())
        throw UserError(
            tr("“%1” was made by an older version of QualityLoop (database version %2; this version "
               "has %3). Open it once in the window of this version, which brings it up to date, then "
               "move it. Nothing was copied.")
                .arg(source.path())
                .arg(source.schemaVersion())
                .arg(Database::latestSchemaVersion()));
    const QString movedTo = MovedFile::movedTo(source.connection());
    if (!movedTo.isEmpty())
        throw UserError(tr("“%1” has moved to the server %2 already, and refuses every change since. "
                           "Nothing was copied.")
                            .arg(QDir::toNativeSeparators(source.path()), movedTo));
    // Marked as moved at the end, so it must be writable (the lock, too, needs write access).
    const QFileInfo info(source.path());
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        throw UserError(tr("“%1” is read-only. When the copy is done, migrate writes into the file that the "
                           "office has moved, so that nobody saves in it any more: it needs write access to "
                           "the file and its folder. Nothing was copied.")
                            .arg(QDir::toNativeSeparators(source.path())));
}

void OfficeMove::analyze(const QSqlDatabase& server, Result& result, const Progress& progress)
{
    // The planner knows nothing of the moved rows until autovacuum gets to them: without
    // statistics a search for a rare word walks every case (seconds at 1,000,000 cases).
    if (progress)
        progress(Phase::Analyze, QString(), 0, 1);
    QElapsedTimer timer;
    timer.start();
    // QualityLoop's tables only: a bare ANALYZE also tries the server's shared catalogs and
    // warns once for each one only a superuser may analyze.
    QStringList ours;
    QSqlQuery tables
        = Sql::exec(server,
                    QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                   "ORDER BY tablename"));
    while (tables.next())
        ours.append(quoted(tables.value(0).toString()));
    tables.finish();
    if (!ours.isEmpty())
        Sql::exec(server, QStringLiteral("ANALYZE ") + ours.join(QStringLiteral(", ")));
    result.analyzeMs = timer.elapsed();
}

void OfficeMove::copyTable(const QSqlDatabase& file, const QSqlDatabase& server, const MoveTable& table,
                           RowDigest& digest, const Progress& progress)
{
    const qint64 total
        = Sql::scalar(file, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name))).toLongLong();
    if (progress)
        progress(Phase::Copy, table.name, 0, total);
    QSqlQuery read(file);
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(columnList(table.sourceColumns), quoted(table.name))
            + keyOrder(table, false)))
        Sql::raise(file, read.lastError(), table.name);
    const int width = static_cast<int>(table.columns.size());
    QSqlQuery insert(server);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM json_populate_recordset(NULL::%1, ?)")
                .arg(quoted(table.name), columnList(table.columns))))
        Sql::raise(server, insert.lastError(), table.name);
    MoveBatch batch(table.columns);
    qint64 done = 0;
    auto flush = [&] {
        if (batch.rows() == 0)
            return;
        insert.bindValue(0, batch.json());
        if (!insert.exec())
            Sql::raise(server, insert.lastError(), table.name);
        done += batch.rows();
        batch.clear();
        if (progress)
            progress(Phase::Copy, table.name, done, total);
    };
    QVariantList row;
    row.reserve(width);
    while (read.next()) {
        row.clear();
        for (int c = 0; c < width; ++c) {
            const QVariant value = bindable(read.value(c));
            digest.addValue(value);
            row.append(value);
        }
        digest.endRow();
        batch.addRow(row);
        if (batch.rows() == maxRowsPerInsert || batch.size() >= maxBytesPerInsert)
            flush();
    }
    flush();
}

void OfficeMove::readBack(const QSqlDatabase& server, const MoveTable& table, RowDigest& digest,
                          const Progress& progress)
{
    const qint64 total
        = Sql::scalar(server, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name))).toLongLong();
    if (progress)
        progress(Phase::Check, table.name, 0, total);
    QSqlQuery read(server);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columnList(table.columns), quoted(table.name))
                   + keyOrder(table, true)))
        Sql::raise(server, read.lastError(), table.name);
    const int width = static_cast<int>(table.columns.size());
    while (read.next()) {
        for (int c = 0; c < width; ++c)
            digest.addValue(read.value(c));
        digest.endRow();
        if (progress && digest.rows() % 5000 == 0)
            progress(Phase::Check, table.name, digest.rows(), total);
    }
    if (progress)
        progress(Phase::Check, table.name, digest.rows(), total);
}

bool OfficeMove::reindexSearch(const QSqlDatabase& server, Result& result, const Progress& progress)
{
    const QString table = QStringLiteral("case_search");
    result.reindexed = MoveReindex::run(server, [&](qint64 done, qint64 total) {
        if (progress)
            progress(Phase::Index, table, done, total);
    });
    // Every moved row indexed again, none lost or added: else the table shows as different.
    for (TableResult& moved : result.tables)
        if (moved.table == table && moved.serverRows != result.reindexed) {
            moved.serverRows = result.reindexed;
            return false;
        }
    return true;
}
