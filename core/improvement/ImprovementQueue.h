#pragma once

#include "Clock.h"
#include "cases/CaseListQuery.h"
#include "domain/User.h"
#include "queue/WorkQueue.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimeZone>

// "My work" of the improvement loop (issue 14): what a person owes of it, each line by its own
// due day. A day is due at its end in the company's zone, so an item is overdue from the next
// day on, as ImprovementQuery says. Who sees what:
// - a responsible unit's members: the open corrective actions their unit owns ("Corrective
//   actions due");
// - everyone: the 8D steps not signed off, of open tracings, named to them as a person, or to
//   their unit when no person is named: a unit member's unit, the Quality Department's for
//   Quality's engineers ("8D steps due");
// - the Quality Department: the actions reported done, waiting for the effectiveness check
//   (no deadline of their own);
// - managers, the office and administrators: the overdue actions and steps, each naming who
//   owes it, as part of "Overdue work".
class ImprovementQueue
{
    Q_DECLARE_TR_FUNCTIONS(ImprovementQueue)
public:
    ImprovementQueue(QSqlDatabase db, const Clock& clock);

    static QString actionsKey() { return QStringLiteral("actions_due"); }
    static QString stepsKey() { return QStringLiteral("steps_due"); }
    static QString checkKey() { return QStringLiteral("actions_check"); }
    static QString overdueKey() { return QStringLiteral("overdue"); } // WorkQueue's watch
    // The moment a day's item becomes overdue is just after this one: the day's last second.
    static QDateTime dueAt(const QDate& day, const QTimeZone& zone);

    // The user's own headings (empty ones included); none for the roles that only watch.
    QList<QueueGroup> groups(const User& user) const;
    // For the watch: how many actions and steps are overdue (count and overdue both).
    QueueGroup overdue() const;
    // The lines under a heading (one of the keys above), the earliest due first.
    QList<CaseListRow> rows(const User& user, const QString& key, int limit = 500) const;

private:
    struct Part
    {
        bool steps = false; // tracing_steps s (with tracings t) or corrective_actions a
        QString where;
        QVariantList binds;
        bool namesOwner = false;
        bool hasDeadline = true;
    };
    QList<Part> parts(const User& user, const QString& key) const;
    QPair<qint64, qint64> count(const Part& part) const;
    QList<CaseListRow> read(const Part& part, int limit) const;
    qint64 ownUnit(const User& user) const;

    QSqlDatabase m_db;
    QTimeZone m_zone;
    qint64 m_today = 0; // the company's today, stored as days are
};
