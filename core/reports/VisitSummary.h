#pragma once

#include <QMap>
#include <QString>

// Counts of return visits: how many, how many with marks and their sum, how many had a deadline
// and how many of those were made by it.
struct VisitTally
{
    int visits = 0;
    int marked = 0;
    qint64 marks = 0;
    int withDue = 0;
    int onTime = 0;
    void add(const VisitTally& other)
    {
        visits += other.visits;
        marked += other.marked;
        marks += other.marks;
        withDue += other.withDue;
        onTime += other.onTime;
    }
};

// The figures of a period's return-visit report, counted by the database (ReturnVisitReportQuery).
struct VisitSummary
{
    VisitTally all;
    int first = 0;
    int second = 0;
    int resupply = 0;
    QMap<QString, VisitTally> byTechnician; // "" when the case had no on-site service
    QMap<QString, VisitTally> byProduct; // "code name"
};
