#pragma once

#include "deadlines/DeadlineCalculator.h"

#include <QSqlDatabase>

// The lists, queues, flow counts and the overdue list read what is due next from the case row
// (cases.next_due_at, next_due_kind, next_owner) and each owner's duty from case_duties, which
// the workflow keeps at each step. When
// the working-day calendar or the working week changes, the clocks that count working days
// move for cases already logged: this brings their stored values up to date. Run it inside the
// transaction of the change, with a calculator made from the rules as they now stand.
class StoredDeadlines
{
public:
    explicit StoredDeadlines(QSqlDatabase db);

    // Recomputes the cases whose clocks count working days and returns how many changed.
    // Today that is "send to Quality", which runs from intake until the case is sent: the cases
    // in status "logged". They have no record beyond the intake yet, so the case row alone gives
    // all their clocks, and one read and one prepared update per changed case do it.
    int refreshWorkingDayClocks(const DeadlineCalculator& deadlines) const;

private:
    QSqlDatabase m_db;
};
