#pragma once

#include <QSqlDatabase>
#include <QString>

// The condition on the search index for what a person typed, in each engine's own form: FTS5's
// MATCH on a file; on a server the tokens of pg/003 (a tsvector under GIN) matched by a tsquery
// made from the words as one bound value. The index is joined as "s": s.<key> = cases.id.
struct SearchMatch
{
    QString condition; // SQL with one placeholder; empty when the words hold nothing searchable
    QString value; // bound to that placeholder
    QString key; // the index's column that equals cases.id ("rowid" on a file, "id" on a server)

    static SearchMatch of(const QSqlDatabase& db, const QString& userQuery);
    bool isEmpty() const { return condition.isEmpty(); }
};
