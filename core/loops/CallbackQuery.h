#pragma once

#include "Clock.h"
#include "loops/BatchCallback.h"
#include "loops/LoopSettings.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// Which call-backs a list shows: those of one month (of the day they came due) or all, in
// one state or all.
struct CallbackFilter
{
    enum class Show
    {
        All,
        Open, // due and overdue: what Sales owes now
        Due,
        Overdue,
        Done,
        Upcoming,
    };
    Show show = Show::All;
    QDate month; // its first day; invalid: every month
};

// The call-backs of the batches delivered since the loops started (loops.start), read from the
// batches and the calls made: every active batch owes one. Paged by key (the delivery day and
// the batch), never by offset; counted by month for the list of due, done and overdue.
class CallbackQuery
{
public:
    CallbackQuery(QSqlDatabase db, const Clock& clock);

    std::optional<BatchCallback> one(qint64 shipmentId) const;
    // The call-backs after the one with (afterKey, afterId): BatchCallback::pageKey and
    // shipmentId of the last row of the page before; the first page with afterId 0.
    QList<BatchCallback> page(const CallbackFilter& filter, qint64 afterKey, qint64 afterId, int limit) const;
    // The twelve months of a year, each with its counts.
    QList<CallbackMonth> months(int year) const;
    // Due and overdue now, and how many of them are overdue (Sales' queue).
    QPair<qint64, qint64> openCount() const;
    const LoopSettings& settings() const { return m_settings; }

private:
    QString stateWhere(CallbackFilter::Show show, QVariantList& binds) const;
    BatchCallback fill(const class QSqlQuery& q) const;
    QSqlDatabase m_db;
    const Clock& m_clock;
    LoopSettings m_settings;
    QDate m_today;
};
