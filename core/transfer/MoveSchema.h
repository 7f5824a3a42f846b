#pragma once

#include "transfer/MoveTable.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The tables `qualityloop-cli migrate` copies, read from the server's catalog after the
// migrations made them there: every table of the schema (the schema's own version table
// apart), each after the tables its foreign keys point to, with the file's columns matched by
// name. Throws UserError when the file and the server do not hold the same tables.
class MoveSchema
{
    Q_DECLARE_TR_FUNCTIONS(MoveSchema)
public:
    MoveSchema(const QSqlDatabase& server, const QSqlDatabase& file);
    const QList<MoveTable>& tables() const { return m_tables; }
    // The file's tables that are SQLite's own workings (the search index's storage): not copied.
    const QStringList& fileOnly() const { return m_fileOnly; }

private:
    void readServer(const QSqlDatabase& server);
    void matchFile(const QSqlDatabase& file);

    QList<MoveTable> m_tables;
    QStringList m_fileOnly;
};
