#pragma once

#include "stats/StatsFilter.h"

#include <QList>
#include <QSqlDatabase>

// The customers' marks of the first return visits (R7: marks for the whole on-site service)
// made in a period: by month, by technician and by service agency (issue 13).
struct MarksGroup
{
    qint64 key = 0; // the technician's or agency's id; the month's index
    QString label;
    qint64 visits = 0;
    qint64 marked = 0;
    qint64 marksSum = 0;
    double average() const
    {
        return marked > 0 ? static_cast<double>(marksSum) / static_cast<double>(marked) : 0;
    }
    void add(qint64 v, qint64 m, qint64 sum)
    {
        visits += v;
        marked += m;
        marksSum += sum;
    }
};

struct VisitMarksResult
{
    QList<MarksGroup> byMonth; // every month of the period, empty ones too
    QList<MarksGroup> byTechnician; // by name
    QList<MarksGroup> byAgency;
    MarksGroup all;
    CaseFilter common; // the filters without the period
    QList<QDateTime> bounds; // month boundaries, UTC
    bool isEmpty() const { return all.visits == 0; }
    enum class By
    {
        Month,
        Technician,
        Agency
    };
    // The cases whose first visit one bar counts: exactly group.visits of them.
    CaseFilter filterFor(By by, const MarksGroup& group) const;
};

class VisitMarksQuery
{
public:
    VisitMarksQuery(QSqlDatabase db, const QTimeZone& zone, bool chinese);
    VisitMarksResult run(const StatsFilter& filter) const;

private:
    QSqlDatabase m_db;
    QTimeZone m_zone;
    bool m_chinese;
};
