#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

// The one way a case's records are written: each insert and each changed field also goes to
// the append-only audit log with who, when, the old and the new value, and the version of the
// case the change makes (so a refused save can say who changed what since its version).
// QDateTime values are stored as epoch seconds and logged as ISO 8601 UTC; a QDate is stored as
// 12:00 UTC of the day (the same day in every time zone the company may use) and logged as the date.
class RecordWriter
{
public:
    using Fields = QList<QPair<QString, QVariant>>;

    // caseVersion: the version of the case once these changes are made (its version + 1).
    RecordWriter(QSqlDatabase db, qint64 userId, QDateTime at, int caseVersion);
    // For records that belong to no case; writing a case's record through it is a bug (throws).
    RecordWriter(QSqlDatabase db, qint64 userId, QDateTime at);

    qint64 insert(const QString& table, qint64 caseId, const Fields& fields);
    // Writes only the fields whose value differs; returns how many changed.
    int update(const QString& table, qint64 id, qint64 caseId, const Fields& fields);
    // Removes a row, logging each of its listed fields as deleted.
    void remove(const QString& table, qint64 id, qint64 caseId, const QStringList& fields);

    // An import writing many rows: a new row is logged as one audit row (field "*", the new
    // values as a JSON object) instead of one per field; changes stay one row per field.
    // importedFrom: the file the rows come from, kept in that object as "imported_from", so
    // the history says "imported from FILE" (CaseTimeline).
    void setOneRowPerCreate(bool on, const QString& importedFrom = {})
    {
        m_oneRowPerCreate = on;
        m_importedFrom = importedFrom;
    }
    static QString importedFromKey() { return QStringLiteral("imported_from"); }
    // A change that is not a column of the row (the members of a list entry, say).
    void log(qint64 caseId, const QString& entity, qint64 entityId, const QString& action,
             const QString& field, const QVariant& oldValue, const QVariant& newValue);

    static QString auditText(const QVariant& value);
    static QVariant storable(const QVariant& value);
    static QDate storedDate(const QVariant& stored);
    // How many audit rows (inserted or changed fields) this writer has written.
    int written() const { return m_written; }

private:
    struct Change
    {
        QString field;
        QVariant oldValue;
        QVariant newValue;
    };
    // The audit rows of one row's change: on a server in one statement.
    void logAll(qint64 caseId, const QString& entity, qint64 entityId, const QString& action,
                const QList<Change>& changes);

    QSqlDatabase m_db;
    qint64 m_userId;
    QDateTime m_at;
    int m_caseVersion = 0;
    int m_written = 0;
    bool m_oneRowPerCreate = false;
    QString m_importedFrom;
};
