#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The audit entry of the rows one import adds in bulk (issue 11, item 5): instead of an audit
// row per new entry, one row per 1,000 entries says who imported them, when, from which file,
// their ids and their keys, e.g. for serial numbers (entity "serials", field "imported"):
//   {"count":1000,"ids":"5-1004","imported_from":"serials.csv","serial_no":["SN-1","SN-2",…]}
// entity_id is the first id of the entry. An auditor finds an entry's import by its key or id;
// what is changed later is logged field by field as always. Written inside the import's
// transaction, so a refused or cancelled import leaves no entry either.
class ImportedKeys
{
public:
    ImportedKeys(QSqlDatabase db, const Clock& clock, qint64 userId, QString table, QString keyName,
                 QString source);
    void add(qint64 id, const QString& key); // writes an entry at every 1,000th
    void flush(); // writes what is left
    static constexpr int perEntry = 1000;

private:
    void write();

    QSqlDatabase m_db;
    const Clock& m_clock;
    qint64 m_userId;
    QString m_table;
    QString m_keyName;
    QString m_source;
    QList<qint64> m_ids;
    QStringList m_keys;
};
