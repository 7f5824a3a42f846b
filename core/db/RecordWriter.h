#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

// The one way a case's records are written: each insert and each changed field also goes to
// the append-only audit log with who, when, the old and the new value.
// QDateTime values are stored as epoch seconds and logged as ISO 8601 UTC.
class RecordWriter
{
public:
    using Fields = QList<QPair<QString, QVariant>>;

    RecordWriter(QSqlDatabase db, qint64 userId, QDateTime at);

    qint64 insert(const QString& table, qint64 caseId, const Fields& fields);
    // Writes only the fields whose value differs; returns how many changed.
    int update(const QString& table, qint64 id, qint64 caseId, const Fields& fields);
    // Removes a row, logging each of its listed fields as deleted.
    void remove(const QString& table, qint64 id, qint64 caseId, const QStringList& fields);

    static QString auditText(const QVariant& value);

private:
    void log(qint64 caseId, const QString& entity, qint64 entityId, const QString& action,
             const QString& field, const QVariant& oldValue, const QVariant& newValue);

    QSqlDatabase m_db;
    qint64 m_userId;
    QDateTime m_at;
};
