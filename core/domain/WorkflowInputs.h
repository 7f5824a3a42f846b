#pragma once

#include "domain/QualityCase.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What a person fills in at each step of the main flow. Field keys in UserError::fieldErrors
// are the member names below.

struct IntakeData // R1
{
    QDateTime receivedAt; // defaults to now
    QString channel; // phone, visit, letter, email, onsite
    qint64 customerId = 0;
    QString contactName;
    QString contactPhone;
    qint64 modelId = 0; // filled from the serial number when left 0
    QString serialNo;
    QString batchNo;
    QString orderNo;
    int quantity = 1;
    QString symptom;
    QString customerRequest;
    QString siteAddress;
    bool isObjection = false;
};

struct UnitTask
{
    qint64 unitId = 0;
    QString task;
    QDateTime dueAt; // defaults from the grade
};

struct AnalysisData // R3
{
    QString verification;
    QString analysis;
    qint64 defectCategoryId = 0;
    qint64 defectCauseId = 0;
    qint64 gradeId = 0;
    QString temporaryMeasures; // defaults to the grade's
    QList<UnitTask> units;
    QDateTime processingDueAt; // defaults from the grade
};

struct PlanData // R5
{
    PlanKind kind = PlanKind::OnSite;
    qint64 agencyId = 0;
    qint64 technicianId = 0;
    QDateTime appointedAt; // defaults from the grade's arrival rule
    QString address; // defaults to the case's site address
    QString details;
    QString returnOrderNo;
    QString disposalSuggestion; // recorded as the disposal suggestion when none was given yet
};

// Issue 13: what a record of the flow cost (the cost of poor quality). Money in hundredths of
// the company's currency (fen, cents); labour in hours, priced by the statistics at the
// settings' hourly rate. Field keys in UserError::fieldErrors: partsCost, labourHours,
// travelCost, replacementCost.
struct CostData
{
    qint64 partsCost = 0;
    double labourHours = 0;
    qint64 travelCost = 0;
    qint64 replacementCost = 0;
    bool isEmpty() const
    {
        return partsCost == 0 && labourHours == 0 && travelCost == 0 && replacementCost == 0;
    }
};

struct ServiceData // R6
{
    QDateTime arrivedAt;
    QDateTime finishedAt; // defaults to now
    QString workDone;
    QString partsUsed;
    QString result;
    bool customerConfirmed = false;
    QString confirmedBy;
    CostData costs;
};

enum class ReturnStage
{
    Received,
    Reworked,
    Resupplied
};

struct FirstVisitData // R7
{
    QDateTime visitedAt; // defaults to now
    QList<VisitItem> items;
    int marks = -1;
    QString remarks;
};

struct SecondVisitData // R8
{
    QDateTime visitedAt;
    QString productUse;
    QString feedback;
    bool transferToTechnicalSupport = false;
    QString followUpTask;
    qint64 followUpUnitId = 0; // defaults to Technical Support
    QDateTime followUpDueAt; // defaults to 7 days
};

struct ResupplyFollowUpData // R14
{
    QDateTime visitedAt;
    QString feedback;
    bool forwardedToQuality = true;
};

struct CloseData // R9
{
    QString problemSummary;
    QString treatmentResult;
    QString writtenFeedback;
    QString waiverReason; // required when something is still owed
};
