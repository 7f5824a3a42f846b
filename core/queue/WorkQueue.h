#pragma once

#include "Clock.h"
#include "cases/CaseListQuery.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One heading of a person's "My work": the cases waiting at one step for them or their
// department, with how many there are and how many are overdue.
struct QueueGroup
{
    QString key; // stable: a status code or "disposal", "unit_reply", "service", "follow_up", "overdue"
    QString label;
    qint64 count = 0;
    qint64 overdue = 0;
};

// "My work" (issue 3): what waits for a user, by role, oldest due first.
class WorkQueue
{
    Q_DECLARE_TR_FUNCTIONS(WorkQueue)
public:
    WorkQueue(QSqlDatabase db, const Clock& clock);
    // The headings of the user's queue, in the order of the flow (empty ones included).
    QList<QueueGroup> groups(const User& user) const;
    // The cases under one heading, the earliest due first, at most limit of them.
    QList<CaseListRow> rows(const User& user, const QString& key, int limit = 500) const;

private:
    struct Definition
    {
        QString key;
        QString label;
        QString where; // over cases c
        QVariantList binds;
    };
    QList<Definition> definitions(const User& user) const;
    QSqlDatabase m_db;
    const Clock& m_clock;
};
