#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// R16 the call-back after a delivered batch: Sales asks the customer about the product's
// quality; an objection becomes a new case. A call-back comes into Sales' queue a set number of
// days after delivery (loops.callback_days) and is overdue a set number of days later
// (loops.callback_within_days).
enum class CallbackOpinion
{
    Satisfied, // no problem with the quality
    Remarks, // remarks, no objection
    Objection, // an objection to quality: a new case
};

enum class CallbackState
{
    Upcoming, // not due yet
    Due,
    Overdue,
    Done,
};

struct BatchCallback
{
    qint64 shipmentId = 0;
    QString orderNo;
    QString batchNo;
    qint64 customerId = 0;
    QString customerName;
    QString siteName;
    QString siteAddress;
    QDate deliveredOn;
    qint64 pageKey = 0; // the stored delivery time: lists page by it and the batch's id
    QDate dueFrom; // in Sales' queue from this day
    QDate dueBy; // overdue after this day
    QDateTime dueAt; // the end of dueBy in the company's time zone
    CallbackState state = CallbackState::Upcoming;
    // the call, once made
    qint64 id = 0;
    QDateTime calledAt;
    QString calledBy;
    QString contactName;
    CallbackOpinion opinion = CallbackOpinion::Satisfied;
    QString comments;
    qint64 caseId = 0; // the case an objection became
    QString caseNumber;

    bool wasLate() const { return calledAt.isValid() && dueAt.isValid() && calledAt > dueAt; }
};

// What the call found out; an objection also carries the new case's facts.
struct CallbackData
{
    qint64 shipmentId = 0;
    QDateTime calledAt; // invalid: now
    QString contactName;
    QString contactPhone;
    CallbackOpinion opinion = CallbackOpinion::Satisfied;
    QString comments;
    // an objection: the case
    qint64 modelId = 0; // 0: the batch's model when it has one
    QString serialNo;
    int quantity = 1;
    QString symptom;
    QString customerRequest;
};

// The call-backs of one month (of the day they came due): how many are due, done (late ones
// among them), overdue and not due yet.
struct CallbackMonth
{
    QDate month; // its first day
    int due = 0;
    int done = 0;
    int late = 0;
    int overdue = 0;
    int upcoming = 0;
    int total() const { return due + done + overdue + upcoming; }
};

namespace CallbackOpinions {
QString code(CallbackOpinion opinion);
CallbackOpinion fromCode(const QString& code);
} // namespace CallbackOpinions
