#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// The records of the improvement loop (issue 14, R11-R13), as the services load them.

// R11 one of the nine steps D0..D8 of a tracing.
struct TracingStep
{
    qint64 id = 0;
    int step = 0; // 0..8
    qint64 ownerUnitId = 0; // the owner: a unit ...
    QString ownerUnit;
    qint64 ownerUserId = 0; // ... or one person
    QString ownerUser;
    QDate dueOn;
    QString text;
    bool verified = false;
    QDateTime signedAt; // invalid: not signed off
    QString signedBy;
    int version = 1;
    bool isSigned() const { return signedAt.isValid(); }
};

enum class TracingReason
{
    KeyCustomer,
    Major,
    Request
};

struct Tracing
{
    qint64 id = 0;
    QString number; // 8D-2026-00001
    qint64 caseId = 0;
    QString caseNumber;
    QString customerName;
    QString symptom;
    TracingReason reason = TracingReason::Request;
    QString requestNote;
    QDateTime openedAt;
    QString openedBy;
    QDateTime closedAt;
    QString closedBy;
    QList<TracingStep> steps; // D0..D8 in order
    bool isClosed() const { return closedAt.isValid(); }
};

enum class ActionKind
{
    Technical,
    Purchasing,
    Manufacturing
};

enum class ActionStatus
{
    Open, // the owner unit works on it
    Done, // reported done: Quality checks whether it worked
    Effective, // checked effective: may close
    Closed
};

enum class ActionSource
{
    Manual,
    Case,
    Tracing,
    Survey
};

// The three meetings a rectification notice goes through (R12).
enum class Meeting
{
    QualityManagement,
    TechnicalCoordination,
    JointProduction
};

struct Circulation
{
    Meeting meeting = Meeting::QualityManagement;
    QDate metOn;
    QString signedOffBy;
    QDateTime recordedAt;
};

// R12 a corrective or preventive action with its rectification notice.
struct CorrectiveAction
{
    qint64 id = 0;
    QString number; // RN-2026-00001, the rectification notice's
    ActionSource source = ActionSource::Manual;
    qint64 caseId = 0;
    QString caseNumber;
    qint64 tracingId = 0;
    QString tracingNumber;
    qint64 findingId = 0;
    ActionKind kind = ActionKind::Technical;
    bool preventive = false;
    QString what;
    qint64 ownerUnitId = 0;
    QString ownerUnit;
    QDate dueOn;
    ActionStatus status = ActionStatus::Open;
    QDateTime raisedAt;
    QString raisedBy;
    QString doneNote;
    QDateTime doneAt;
    QString checkNote;
    QDateTime checkedAt;
    QString checkedBy;
    QDateTime closedAt;
    QString closedBy;
    QList<Circulation> circulations; // in the order of the meetings
    int version = 1;
};

// What a new action needs (R12).
struct NewAction
{
    ActionSource source = ActionSource::Manual;
    qint64 caseId = 0;
    qint64 tracingId = 0;
    qint64 findingId = 0;
    ActionKind kind = ActionKind::Technical;
    bool preventive = false;
    QString what;
    qint64 ownerUnitId = 0;
    QDate dueOn;
};

struct GroupProgress
{
    QDate on;
    QString entry;
    QString recordedBy;
};

// R13 a special treatment group.
struct TreatmentGroup
{
    qint64 id = 0;
    QString number; // TG-2026-00001
    QString problem;
    qint64 caseId = 0;
    QString caseNumber;
    qint64 leadUserId = 0;
    QString lead;
    QList<qint64> memberIds;
    QStringList members;
    QDateTime openedAt;
    QString improvement; // the systematic improvement decided
    QString summary; // the closing summary
    QDateTime closedAt;
    QString closedBy;
    QList<GroupProgress> progress; // by day
    int version = 1;
    bool isClosed() const { return closedAt.isValid(); }
};
