#include "transfer/MoveSchema.h"

#include "UserError.h"
#include "db/Sql.h"

#include <QMap>
#include <QSet>

namespace {
// Kahn's order: a table once every table it refers to is placed; ties by name.
QStringList dependencyOrder(const QStringList& names, const QMap<QString, QSet<QString>>& refersTo)
{
    QStringList order;
    QSet<QString> placed;
    while (order.size() < names.size()) {
        bool progressed = false;
        for (const QString& name : names) {
            if (placed.contains(name))
                continue;
            bool ready = true;
            for (const QString& other : refersTo.value(name))
                ready = ready && (other == name || placed.contains(other) || !names.contains(other));
            if (!ready)
                continue;
            order.append(name);
            placed.insert(name);
            progressed = true;
        }
        if (!progressed)
            throw UserError(
                MoveSchema::tr("The server's tables refer to each other in a circle, so they cannot "
                               "be copied one after the other. Nothing was copied."));
    }
    return order;
}
} // namespace

MoveSchema::MoveSchema(const QSqlDatabase& server, const QSqlDatabase& file)
{
    readServer(server);
    matchFile(file);
}

void MoveSchema::readServer(const QSqlDatabase& server)
{
    QMap<QString, MoveTable> byName;
    QMap<QString, QStringList> generated;
    QSqlQuery columns = Sql::exec(server,
                                  QStringLiteral("SELECT table_name, column_name, is_generated, is_identity "
                                                 "FROM information_schema.columns c "
                                                 "JOIN pg_tables t ON t.schemaname = c.table_schema "
                                                 "AND t.tablename = c.table_name "
                                                 "WHERE c.table_schema = current_schema() "
                                                 "AND c.table_name <> 'qualityloop_schema' "
                                                 "ORDER BY c.table_name, c.ordinal_position"));
    while (columns.next()) {
        MoveTable& table = byName[columns.value(0).toString()];
        table.name = columns.value(0).toString();
        if (columns.value(2).toString() != QLatin1String("NEVER")) {
            generated[table.name].append(columns.value(1).toString());
            continue;
        }
        table.columns.append(columns.value(1).toString());
        table.hasIdentity = table.hasIdentity || columns.value(3).toString() == QLatin1String("YES");
    }
    QSqlQuery keys
        = Sql::exec(server,
                    QStringLiteral("SELECT c.relname, a.attname, format_type(a.atttypid, NULL) "
                                   "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                                   "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(num, pos) "
                                   "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.num "
                                   "WHERE i.indisprimary AND n.nspname = current_schema() "
                                   "ORDER BY c.relname, k.pos"));
    while (keys.next()) {
        auto table = byName.find(keys.value(0).toString());
        if (table == byName.end())
            continue;
        table->key.append(keys.value(1).toString());
        table->keyIsText.append(keys.value(2).toString() == QLatin1String("text"));
    }
    QMap<QString, QSet<QString>> refersTo;
    QSqlQuery references = Sql::exec(server,
                                     QStringLiteral("SELECT c.relname, r.relname FROM pg_constraint f "
                                                    "JOIN pg_class c ON c.oid = f.conrelid "
                                                    "JOIN pg_class r ON r.oid = f.confrelid "
                                                    "WHERE f.contype = 'f' "
                                                    "AND f.connamespace = current_schema()::regnamespace"));
    while (references.next())
        refersTo[references.value(0).toString()].insert(references.value(1).toString());
    for (const QString& name : dependencyOrder(byName.keys(), refersTo)) {
        MoveTable table = byName.value(name);
        if (generated.contains(name))
            table.note
                = tr("%1 made by the server from the copied columns").arg(generated.value(name).join(u", "));
        m_tables.append(table);
    }
}

void MoveSchema::matchFile(const QSqlDatabase& file)
{
    QSet<QString> fileTables;
    QStringList virtualTables;
    QSqlQuery tables = Sql::exec(file,
                                 QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                                "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        fileTables.insert(tables.value(0).toString());
        if (tables.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables.append(tables.value(0).toString());
    }
    tables.finish();
    QSet<QString> onServer;
    for (MoveTable& table : m_tables) {
        onServer.insert(table.name);
        if (!fileTables.contains(table.name))
            throw UserError(
                tr("The file has no table %1, which the server's schema has. Open the file once with "
                   "this version of QualityLoop, then move it again. Nothing was copied.")
                    .arg(table.name));
        QSet<QString> fileColumns;
        QSqlQuery info
            = Sql::exec(file, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table.name});
        while (info.next())
            fileColumns.insert(info.value(0).toString());
        for (const QString& column : std::as_const(table.columns)) {
            // An FTS5 table's row id is its rowid (the search index: rowid = the case's id).
            if (!fileColumns.contains(column) && column == QLatin1String("id")
                && virtualTables.contains(table.name))
                table.sourceColumns.append(QStringLiteral("rowid"));
            else if (fileColumns.contains(column))
                table.sourceColumns.append(column);
            else
                throw UserError(
                    tr("The file's table %1 has no column %2, which the server's schema has. Open the "
                       "file once with this version of QualityLoop, then move it again. Nothing was "
                       "copied.")
                        .arg(table.name, column));
        }
    }
    for (const QString& name : std::as_const(fileTables)) {
        if (onServer.contains(name))
            continue;
        // The search index's own storage (case_search_data, ..._idx...): SQLite's, rebuilt from its text.
        const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                                        [&](const QString& v) { return name.startsWith(v + u'_'); });
        if (!shadow)
            throw UserError(
                tr("The file has a table %1 that the server's schema does not have. Nothing was copied.")
                    .arg(name));
        m_fileOnly.append(name);
    }
    m_fileOnly.sort();
}
