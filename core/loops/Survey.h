#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// R18 the year-end customer satisfaction survey: one letter per customer chosen, printed in the
// customer's language, the answers recorded as they come back (a score of 1 to 5 for the quality
// and for the delivery dates, comments), the summary and analysis sent to Quality, and Quality's
// improvement opportunities, each to become a corrective action with an owner.
enum class SurveyStatus
{
    Open, // letters out, answers coming back
    Reported, // the summary and analysis sent to Quality
    Reviewed, // Quality has named its improvement opportunities
};

struct SurveyLetter
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString customerAddress;
    QString contactName;
    QString language; // "en" or "zh_CN"
    QDate answeredOn;
    int qualityScore = 0; // 1-5, 0 while not answered
    int deliveryScore = 0;
    QString comments;
    QDateTime recordedAt;
    QString recordedBy;
    bool answered() const { return answeredOn.isValid(); }
};

struct SurveyFinding // an improvement opportunity Quality found
{
    qint64 id = 0;
    QString finding;
    qint64 ownerUnitId = 0;
    QString ownerUnit;
    QDate dueOn;
    bool actionRaised = false; // false: the corrective action is requested
    QString actionNumber;
    QDateTime createdAt;
    QString createdBy;
};

struct Survey
{
    qint64 id = 0;
    int year = 0;
    QString number; // SV-2026
    QDate replyBy;
    QDateTime createdAt;
    QString createdBy;
    QString analysis;
    QDateTime reportedAt;
    QString reportedBy;
    QDateTime reviewedAt;
    QString reviewedBy;
    QString reviewNote;
    QList<SurveyLetter> letters; // by customer name
    QList<SurveyFinding> findings;

    SurveyStatus status() const
    {
        return reviewedAt.isValid() ? SurveyStatus::Reviewed
                                    : (reportedAt.isValid() ? SurveyStatus::Reported : SurveyStatus::Open);
    }
    int answeredCount() const;
};

struct SurveyCandidate // a customer the survey may go to
{
    qint64 id = 0;
    QString code;
    QString name;
    QString language;
    bool suppliedInYear = false; // chosen by default
};

struct SurveyAnswer
{
    QDate answeredOn;
    int qualityScore = 0;
    int deliveryScore = 0;
    QString comments;
};

struct FindingData
{
    QString finding;
    qint64 ownerUnitId = 0;
    QDate dueOn;
};

// The figures of a year's survey for its summary, with last year's beside them.
struct SurveyYearFigures
{
    int year = 0;
    bool exists = false;
    int letters = 0;
    int answered = 0;
    double quality = 0; // average score of the answers
    double delivery = 0;
    int qualityCounts[5] = {0, 0, 0, 0, 0}; // how many answers gave 1 … 5
    int deliveryCounts[5] = {0, 0, 0, 0, 0};
};
