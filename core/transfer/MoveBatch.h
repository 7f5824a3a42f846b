#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariant>

// A batch of rows for `qualityloop-cli migrate`, sent to the server as ONE bound value: a JSON
// array of objects (column -> value) that the prepared statement
//     INSERT INTO t (columns) SELECT columns FROM json_populate_recordset(NULL::t, ?)
// turns into rows, each value converted by the server to its column's type (whole numbers
// exactly, real numbers with 17 significant digits, bytes as \x hex, NULL as null). One value
// per statement instead of one per cell: the server parses a few hundred rows a statement in
// C instead of thousands of literals (issue 16.4: about 3 times the rows a second).
class MoveBatch
{
public:
    explicit MoveBatch(const QStringList& columns);
    void addRow(const QVariantList& values);
    int rows() const { return m_rows; }
    qint64 size() const { return m_json.size(); }
    QString json() const; // the array, closed
    void clear();

private:
    QList<QByteArray> m_keys; // "column": once, escaped
    QByteArray m_json;
    int m_rows = 0;
};
