#pragma once

#include "Clock.h"
#include "domain/User.h"
#include "loops/LoopSettings.h"
#include "loops/Survey.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// R18 the year-end satisfaction survey: Sales chooses the customers (by default every customer
// supplied in the year) and sends the letters, records the answers as they come back, sends the
// summary and analysis to Quality; Quality names the improvement opportunities, each with an
// owner and a due day and its corrective action requested (ImprovementLink), and closes its review.
class SurveyService
{
    Q_DECLARE_TR_FUNCTIONS(SurveyService)
public:
    SurveyService(QSqlDatabase db, const Clock& clock);

    Survey load(int year) const; // throws UserError when the year has no survey
    Survey byId(qint64 surveyId) const;
    QList<SurveyCandidate> candidates(int year) const;
    // The customers chosen when nobody changes the choice: those supplied in the year.
    QList<qint64> defaultCustomers(int year) const;

    qint64 open(const User& user, int year, const QList<qint64>& customerIds, const QDate& replyBy);
    // Records (or, while the survey is open, corrects) the answer of one letter.
    void recordAnswer(const User& user, qint64 letterId, const SurveyAnswer& answer);
    void report(const User& user, qint64 surveyId, const QString& analysis);
    qint64 addFinding(const User& user, qint64 surveyId, const FindingData& finding);
    void review(const User& user, qint64 surveyId, const QString& note);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    LoopSettings m_settings;
};
