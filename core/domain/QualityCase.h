#pragma once

#include "domain/CaseRef.h"
#include "domain/CaseStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One quality case with every record of its main flow, as loaded by CaseRepository.
// Times are UTC; an invalid QDateTime means "not yet".

struct CaseUnit // R3 a responsible unit's task; R4 its receipt and reply
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString unitName;
    QString task;
    QDateTime dueAt;
    QDateTime receivedAt;
    QDateTime repliedAt;
    QString reply;
};

struct FeedbackSheet // R4
{
    QString number;
    QDateTime issuedAt;
    QString issuedBy;
};

enum class PlanKind
{
    OnSite,
    ReturnToFactory,
    Replacement,
    RemoteGuidance
};

struct ProcessingPlan // R5
{
    PlanKind kind = PlanKind::OnSite;
    qint64 agencyId = 0;
    QString agencyName;
    qint64 technicianId = 0;
    QString technicianName;
    QDateTime appointedAt;
    QString address;
    QString details;
    QString returnOrderNo;
    QDateTime receivedAt; // return plan order stages
    QDateTime reworkedAt;
    QDateTime resuppliedAt;
    QDateTime completedAt; // replacement or remote guidance done
    QString completionNote;
    QDateTime plannedAt;
    QString plannedBy;
};

struct ServiceRecord // R6
{
    qint64 technicianId = 0;
    QString technicianName;
    QDateTime arrivedAt;
    QDateTime finishedAt;
    QString workDone;
    QString partsUsed;
    QString result;
    bool customerConfirmed = false;
    QString confirmedBy;
    QDateTime recordedAt;
    QString recordedBy;
};

struct VisitItem
{
    QString requirement;
    bool confirmed = false;
    QString note;
};

enum class VisitKind
{
    First,
    Second,
    Resupply
};

struct ReturnVisit // R7, R8, R14
{
    VisitKind kind = VisitKind::First;
    QDateTime visitedAt;
    QString visitedBy;
    int marks = -1; // 0-100, -1 when not asked
    QString remarks;
    QString productUse;
    QString feedback;
    bool forwardedToQuality = false;
    QList<VisitItem> items;
};

// Issue 13: the costs one record of the case carried ("service", "return_received",
// "return_reworked", "return_resupplied"), in hundredths of the currency and hours.
struct CaseCost
{
    QString record;
    qint64 partsCost = 0;
    double labourHours = 0;
    qint64 travelCost = 0;
    qint64 replacementCost = 0;
};

struct FollowUp // R8 a problem transferred to technical support
{
    qint64 id = 0;
    qint64 ownerUnitId = 0;
    QString ownerUnitName;
    QString task;
    QDateTime dueAt;
    QDateTime doneAt;
    QString result;
};

struct QualityCase
{
    qint64 id = 0;
    int version = 0; // incremented by every change; a save must name the version it was built on
    QString number;
    CaseStatus status = CaseStatus::Logged;
    // R1
    QDateTime receivedAt;
    QString channel;
    qint64 customerId = 0;
    QString customerName;
    bool keyCustomer = false;
    QString contactName;
    QString contactPhone;
    qint64 modelId = 0;
    QString modelCode;
    QString modelName;
    QString productLine;
    QString serialNo;
    QString batchNo;
    QString orderNo;
    int quantity = 1;
    QString symptom;
    QString customerRequest;
    QString siteAddress;
    bool isObjection = false;
    QDateTime loggedAt;
    QString loggedBy;
    // R2
    QDateTime sentAt;
    QDateTime recordedAt;
    QString recordedBy;
    // R3
    QDateTime analysedAt;
    QString analysedBy;
    QString verification;
    QString analysis;
    qint64 defectCategoryId = 0;
    QString defectCategory;
    qint64 defectCauseId = 0;
    QString defectCause;
    qint64 gradeId = 0;
    QString gradeCode;
    QString gradeName;
    QString temporaryMeasures;
    QDateTime processingDueAt;
    // 000 3.4.3
    QDateTime disposalAt;
    QString disposalSuggestion;
    // R9
    QDateTime closedAt;
    QString closedBy;
    QString problemSummary;
    QString treatmentResult;
    QString writtenFeedback;
    QString waiverReason;

    QList<CaseUnit> units;
    std::optional<FeedbackSheet> sheet;
    std::optional<ProcessingPlan> plan;
    std::optional<ServiceRecord> service;
    QList<ReturnVisit> visits;
    QList<FollowUp> followUps;
    QList<CaseCost> costs;

    CaseRef ref() const { return {id, version}; }
    const ReturnVisit* visit(VisitKind kind) const
    {
        for (const ReturnVisit& v : visits)
            if (v.kind == kind)
                return &v;
        return nullptr;
    }
};
