#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One line of a case's history as the audit log keeps it: who changed which field of which
// record, when, from what to what.
struct TimelineEntry
{
    QDateTime at;
    QString user; // display name, empty for the system
    QString entity; // table of the record: "cases", "plans", "visits" ...
    qint64 entityId = 0;
    QString action; // "create", "update" or "delete"
    QString field;
    QString oldValue;
    QString newValue;
};

// Reads the timeline of one case from the append-only audit log, oldest first.
class CaseTimeline
{
    Q_DECLARE_TR_FUNCTIONS(CaseTimeline)
public:
    explicit CaseTimeline(QSqlDatabase db);
    QList<TimelineEntry> entries(qint64 caseId) const;
    // The words for a record's table, in the reader's language ("Processing plan" ...).
    static QString entityText(const QString& entity);

private:
    QSqlDatabase m_db;
};
