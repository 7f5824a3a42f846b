#pragma once

#include "deadlines/DeadlineRules.h"
#include "reports/DocumentLanguage.h"
#include "stats/StatsFilter.h"

#include <QList>
#include <QSqlDatabase>

// How the deadlines of a period's cases turned out: met by their due time, met late, not met
// and past due at the moment of counting, or still running (not counted in the share).
struct OnTimeCounts
{
    qint64 onTime = 0;
    qint64 late = 0;
    qint64 overdue = 0;
    qint64 running = 0;
    qint64 counted() const { return onTime + late + overdue; }
    double share() const
    {
        return counted() > 0 ? 100.0 * static_cast<double>(onTime) / static_cast<double>(counted()) : 0;
    }
    void add(const OnTimeCounts& o)
    {
        onTime += o.onTime;
        late += o.late;
        overdue += o.overdue;
        running += o.running;
    }
};

// One named deadline (issue 13): the disposal suggestion in 24 hours, sending to Quality the
// same working day, the processing deadline, each responsible unit's reply, arrival on site,
// the 3-day and the 3-week return visit; with who owes it.
struct OnTimeLine
{
    QString kind; // DeadlineCalculator::kindCode
    qint64 unitId = 0; // a unit's reply
    QString label; // "Disposal suggestion (24 hours)", "Reply: R&D" ...
    QString owner; // "Sales", "Service technician", the unit's name
    OnTimeCounts total;
    QList<OnTimeCounts> byMonth;
};

struct OnTimeResult
{
    QList<QDate> months;
    QList<OnTimeLine> lines; // in the order of the flow; only deadlines the period's cases had
    CaseFilter base; // the cases received in the period under the filters
    QList<QDateTime> bounds; // month boundaries, UTC
    QDateTime now; // what was overdue was judged at this moment
    bool isEmpty() const { return lines.isEmpty(); }
    // The cases behind a figure: a line's deadline turned out so (month -1: the whole period).
    CaseFilter filterFor(const OnTimeLine& line, ClockOutcome outcome, int month = -1) const;
};

class OnTimeQuery
{
public:
    // The company's deadline rules (their time zone, and their hours and days in the labels).
    OnTimeQuery(QSqlDatabase db, DeadlineRules rules, const DocumentLanguage& language);
    OnTimeResult run(const StatsFilter& filter, const QDateTime& now) const;
    // Counts every deadline from case_clocks even where the day counts (clock_days) would do:
    // the recomputation the tests hold the day counts to.
    void setLive(bool live) { m_live = live; }
    // The flow's named deadlines in order, with their words in the language.
    static QStringList kinds();

private:
    QString tr(const char* source, int n = -1) const;
    QString label(const QString& kind) const;
    QString owner(const QString& kind) const;
    QSqlDatabase m_db;
    DeadlineRules m_rules;
    DocumentLanguage m_language;
    bool m_live = false;
};
