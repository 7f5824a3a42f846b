#pragma once

#include "Clock.h"
#include "cases/CaseListQuery.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One heading of a person's "My work": the duties waiting for them or their department at one
// step (one case each, but for the watch over every unit's replies and the overdue work, where a
// case owing several things has a line for each), with how many and how many are overdue.
struct QueueGroup
{
    QString key; // stable: a status code or "disposal", "unit_reply", "service", "follow_up", "overdue"
    QString label;
    qint64 count = 0;
    qint64 overdue = 0;
};

// "My work" (issues 3 and 12): what waits for a user, by role, the earliest due first: each
// person's own duty by its own due time (the technician's arrival, a unit's reply by that unit's
// deadline, technical support's follow-up), read from case_duties.
class WorkQueue
{
    Q_DECLARE_TR_FUNCTIONS(WorkQueue)
public:
    WorkQueue(QSqlDatabase db, const Clock& clock);
    // The headings of the user's queue, in the order of the flow (empty ones included).
    QList<QueueGroup> groups(const User& user) const;
    // The duties under one heading, the earliest due first, at most limit of them; each row's
    // next step, owner and due time are the duty's.
    QList<CaseListRow> rows(const User& user, const QString& key, int limit = 500) const;

private:
    struct Definition
    {
        QString key;
        QString label;
        QString where; // over the open duties d of case_duties
        QVariantList binds;
        bool namesOwner = false; // a watch over others' duties: each row says who owes it
    };
    QList<Definition> definitions(const User& user) const;
    QSqlDatabase m_db;
    const Clock& m_clock;
};
