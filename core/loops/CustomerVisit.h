#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// R15 a manager's visit after a key customer's case, R17 one customer's return visit of a round
// organized by the general manager. Times are UTC; an invalid QDateTime means "not yet".
enum class CustomerVisitKind
{
    AfterComplaint, // R15
    ReturnVisit, // R17
};

enum class CustomerVisitStatus
{
    Due, // R15: the case closed, nothing planned yet (no row stored)
    Planned,
    Recorded,
    Sent, // R17: sent to the departments, waiting for their receipts
    Filed, // R17: every department signed, filed by Sales
    Waived, // R15: a manager decided no visit was needed
};

struct VisitRecipient // R17 a department the record was sent to
{
    qint64 unitId = 0;
    QString unitName;
    QDateTime receivedAt;
    QString receivedBy;
};

struct CustomerVisit
{
    qint64 id = 0; // 0 for a visit only due (R15, nothing planned yet)
    int version = 0;
    QString number; // CV-2026-00001
    CustomerVisitKind kind = CustomerVisitKind::AfterComplaint;
    CustomerVisitStatus status = CustomerVisitStatus::Due;
    QDateTime dueAt;
    qint64 customerId = 0;
    QString customerName;
    // R15: the case
    qint64 caseId = 0;
    QString caseNumber;
    QString caseSymptom;
    QString caseProblem;
    QString caseTreatment;
    QDateTime caseClosedAt;
    // R17: the round
    qint64 roundId = 0;
    QString roundNumber;
    QString roundPurpose;
    // plan
    qint64 leaderId = 0;
    QString leaderName;
    QString participants;
    QDate plannedOn;
    QDateTime plannedAt;
    QString plannedBy;
    // record
    QDate visitedOn;
    QString customerPeople; // whom we met
    QString treatmentComments; // R15 the customer's comments on how the problem was treated
    QString opinions; // the customer's opinions on the products and the service
    QString suggestions;
    QDateTime recordedAt;
    QString recordedBy;
    // R17 sent, signed for, filed
    QDateTime sentAt;
    QString sentBy;
    QList<VisitRecipient> recipients;
    QDateTime filedAt;
    QString filedBy;
    // R15 waived
    QDateTime waivedAt;
    QString waivedBy;
    QString waiverReason;

    bool isOpen() const // still owes the visit itself
    {
        return status == CustomerVisitStatus::Due || status == CustomerVisitStatus::Planned;
    }
    bool isOverdue(const QDateTime& now) const { return isOpen() && dueAt.isValid() && dueAt < now; }
};

struct VisitRound // R17
{
    qint64 id = 0;
    QString number; // VR-2026-00001
    QString purpose;
    QDate from;
    QDate to;
    QString organiser;
    QDateTime createdAt;
    QList<CustomerVisit> visits;
    bool isFiled() const; // every visit filed (or waived)
};

// What a plan says: who leads (a manager), who goes, on which day.
struct VisitPlan
{
    qint64 leaderId = 0;
    QString participants;
    QDate plannedOn;
};

// What the visit found out.
struct VisitRecord
{
    QDate visitedOn;
    QString customerPeople;
    QString treatmentComments;
    QString opinions;
    QString suggestions;
};

// R17 a round over chosen customers.
struct RoundData
{
    QString purpose;
    QDate from;
    QDate to;
    QList<qint64> customerIds;
    qint64 leaderId = 0; // 0: the organiser leads
    QString participants;
};
