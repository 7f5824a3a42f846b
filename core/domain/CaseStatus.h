#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Where a case stands in the main flow (DOMAIN.md R1-R9), in the order of the flow chart.
enum class CaseStatus
{
    Logged, // R1 intake done by Sales
    SentToQuality, // R2 sent, waiting for Quality to record it
    Recorded, // R2 recorded by Quality, waiting for analysis
    Analysed, // R3 done, waiting for the feedback sheet
    SheetIssued, // R4 issued, waiting for the processing plan
    Planned, // R5 done, waiting for implementation
    Implemented, // R6 done, waiting for the return visits or follow-up
    FirstVisited, // R7 done, waiting for the second return visit
    FollowedUp, // R8 or R14 done, ready to close
    Closed, // R9
};

class CaseStatuses
{
    Q_DECLARE_TR_FUNCTIONS(CaseStatuses)
public:
    static QString code(CaseStatus status);
    static CaseStatus fromCode(const QString& code); // throws UserError
    static QString displayName(CaseStatus status);
    static QList<CaseStatus> all();
};
