#include "loops/SurveyService.h"

#include "UserError.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "loops/ImprovementLink.h"
#include "loops/LoopRules.h"
#include "loops/SurveyRepository.h"
#include "reference/ReferenceData.h"
#include "workflow/FieldCheck.h"

#include <QHash>
#include <QSet>

using Fields = RecordWriter::Fields;

SurveyService::SurveyService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_settings(LoopSettings::load(m_db))
{
}

Survey SurveyService::load(int year) const
{
    const auto s = SurveyRepository(m_db).ofYear(year);
    if (!s)
        throw UserError(tr("There is no satisfaction survey of %1.").arg(year));
    return *s;
}

Survey SurveyService::byId(qint64 surveyId) const
{
    const auto s = SurveyRepository(m_db).byId(surveyId);
    if (!s)
        throw UserError(tr("There is no such satisfaction survey."));
    return *s;
}

QList<SurveyCandidate> SurveyService::candidates(int year) const
{
    return SurveyRepository(m_db).candidates(year);
}

QList<qint64> SurveyService::defaultCustomers(int year) const
{
    QList<qint64> ids;
    for (const SurveyCandidate& c : candidates(year))
        if (c.suppliedInYear)
            ids.append(c.id);
    return ids;
}

qint64 SurveyService::open(const User& user, int year, const QList<qint64>& customerIds, const QDate& replyBy)
{
    LoopRules::require(user, LoopStep::OpenSurvey);
    const QDate today = m_settings.today(m_clock);
    FieldCheck check;
    check.require(year >= 2000 && year <= today.year(), QStringLiteral("year"),
                  tr("The survey is of this year or an earlier one."));
    check.require(!customerIds.isEmpty(), QStringLiteral("customers"),
                  tr("Choose the customers the survey letters go to."));
    check.require(replyBy.isValid() && replyBy > today, QStringLiteral("replyBy"),
                  tr("Give the day by which the customers are asked to answer; it is after today."));
    check.throwIfAny();
    Transaction transaction(m_db);
    if (const auto existing = SurveyRepository(m_db).ofYear(year))
        throw UserError(tr("%1 has already started the survey of %2.").arg(existing->createdBy).arg(year));
    // The letter's language: the customer's setting, else Chinese for a Chinese name.
    QHash<qint64, QString> languages;
    QSqlQuery q = Sql::exec(m_db,
                            QStringLiteral("SELECT id, coalesce(language, ''), name, name_zh FROM customers "
                                           "WHERE active = 1"));
    while (q.next())
        languages.insert(q.value(0).toLongLong(),
                         SurveyRepository::languageOf(q.value(1).toString(), q.value(2).toString(),
                                                      q.value(3).toString()));
    q.finish();
    QSet<qint64> seen;
    for (qint64 id : customerIds) {
        check.require(languages.contains(id) && !seen.contains(id), QStringLiteral("customers"),
                      tr("Choose each customer once, among the active customers."));
        seen.insert(id);
    }
    check.throwIfAny();
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    const qint64 surveyId
        = writer.insert(QStringLiteral("surveys"), 0,
                        Fields {{QStringLiteral("year"), year},
                                {QStringLiteral("number"), QStringLiteral("SV-%1").arg(year)},
                                {QStringLiteral("reply_by"), replyBy},
                                {QStringLiteral("created_at"), now},
                                {QStringLiteral("created_by"), user.id}});
    for (qint64 id : customerIds)
        writer.insert(QStringLiteral("survey_letters"), 0,
                      {{QStringLiteral("survey_id"), surveyId},
                       {QStringLiteral("customer_id"), id},
                       {QStringLiteral("language"), languages.value(id)}});
    transaction.commit();
    return surveyId;
}

void SurveyService::recordAnswer(const User& user, qint64 letterId, const SurveyAnswer& a)
{
    LoopRules::require(user, LoopStep::RecordSurveyAnswer);
    Transaction transaction(m_db);
    const QVariant surveyId
        = Sql::scalar(m_db, QStringLiteral("SELECT survey_id FROM survey_letters WHERE id = ?"), {letterId});
    if (!surveyId.isValid())
        throw UserError(tr("There is no such survey letter."));
    const Survey s = byId(surveyId.toLongLong());
    if (s.status() != SurveyStatus::Open)
        throw UserError(
            tr("The summary of the survey has gone to Quality; answers can no longer be recorded."));
    FieldCheck check;
    const QString range = tr("Give a score from 1 (very dissatisfied) to 5 (very satisfied).");
    check.require(a.qualityScore >= 1 && a.qualityScore <= 5, QStringLiteral("qualityScore"), range);
    check.require(a.deliveryScore >= 1 && a.deliveryScore <= 5, QStringLiteral("deliveryScore"), range);
    check.require(a.answeredOn.isValid() && a.answeredOn <= m_settings.today(m_clock)
                      && a.answeredOn >= s.createdAt.toTimeZone(m_settings.zone).date(),
                  QStringLiteral("answeredOn"),
                  tr("Give the day the answer came back: after the letters went out, not in the future."));
    check.throwIfAny();
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    writer.update(QStringLiteral("survey_letters"), letterId, 0,
                  {{QStringLiteral("answered_on"), a.answeredOn},
                   {QStringLiteral("quality_score"), a.qualityScore},
                   {QStringLiteral("delivery_score"), a.deliveryScore},
                   {QStringLiteral("comments"), a.comments.trimmed()},
                   {QStringLiteral("recorded_at"), now},
                   {QStringLiteral("recorded_by"), user.id}});
    transaction.commit();
}

void SurveyService::report(const User& user, qint64 surveyId, const QString& analysis)
{
    LoopRules::require(user, LoopStep::ReportSurvey);
    Transaction transaction(m_db);
    const Survey s = byId(surveyId);
    if (s.status() != SurveyStatus::Open)
        throw UserError(tr("%1 has already sent the summary of this survey to Quality.").arg(s.reportedBy));
    if (s.answeredCount() == 0)
        throw UserError(tr("No answer has been recorded yet: the summary needs the customers' answers."));
    FieldCheck check;
    check.require(!analysis.trimmed().isEmpty(), QStringLiteral("analysis"),
                  tr("Write the analysis: what the customers said of our quality and delivery dates."));
    check.throwIfAny();
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    writer.update(QStringLiteral("surveys"), surveyId, 0,
                  {{QStringLiteral("analysis"), analysis.trimmed()},
                   {QStringLiteral("reported_at"), now},
                   {QStringLiteral("reported_by"), user.id}});
    transaction.commit();
}

qint64 SurveyService::addFinding(const User& user, qint64 surveyId, const FindingData& d)
{
    LoopRules::require(user, LoopStep::ReviewSurvey);
    Transaction transaction(m_db);
    const Survey s = byId(surveyId);
    if (s.status() == SurveyStatus::Open)
        throw UserError(tr("The summary of the survey has not been sent to Quality yet."));
    if (s.status() == SurveyStatus::Reviewed)
        throw UserError(tr("%1 has already closed the review of this survey.").arg(s.reviewedBy));
    FieldCheck check;
    check.require(!d.finding.trimmed().isEmpty(), QStringLiteral("finding"),
                  tr("Say what is to be improved."));
    check.require(d.ownerUnitId > 0 && ReferenceData(m_db).isActive(QStringLiteral("units"), d.ownerUnitId),
                  QStringLiteral("ownerUnitId"), tr("Choose the unit that owns the improvement."));
    check.require(d.dueOn.isValid() && d.dueOn > m_settings.today(m_clock), QStringLiteral("dueOn"),
                  tr("Give the day the improvement is due; it is after today."));
    check.throwIfAny();
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    const qint64 id = writer.insert(QStringLiteral("survey_findings"), 0,
                                    {{QStringLiteral("survey_id"), surveyId},
                                     {QStringLiteral("finding"), d.finding.trimmed()},
                                     {QStringLiteral("owner_unit_id"), d.ownerUnitId},
                                     {QStringLiteral("due_on"), d.dueOn},
                                     {QStringLiteral("action_status"), QStringLiteral("requested")},
                                     {QStringLiteral("created_at"), now},
                                     {QStringLiteral("created_by"), user.id}});
    // The corrective action, in the same save when the improvement loop is there to raise it.
    const ImprovementLink link(m_db, m_clock);
    const QString action = link.raise(user, link.request(id));
    if (!action.isEmpty())
        link.markRaised(user, id, action);
    transaction.commit();
    return id;
}

void SurveyService::review(const User& user, qint64 surveyId, const QString& note)
{
    LoopRules::require(user, LoopStep::ReviewSurvey);
    Transaction transaction(m_db);
    const Survey s = byId(surveyId);
    if (s.status() == SurveyStatus::Open)
        throw UserError(tr("The summary of the survey has not been sent to Quality yet."));
    if (s.status() == SurveyStatus::Reviewed)
        throw UserError(tr("%1 has already closed the review of this survey.").arg(s.reviewedBy));
    FieldCheck check;
    check.require(!note.trimmed().isEmpty(), QStringLiteral("reviewNote"),
                  tr("Write what the departments found when they analysed the customers' comments."));
    check.throwIfAny();
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    writer.update(QStringLiteral("surveys"), surveyId, 0,
                  {{QStringLiteral("review_note"), note.trimmed()},
                   {QStringLiteral("reviewed_at"), now},
                   {QStringLiteral("reviewed_by"), user.id}});
    transaction.commit();
}
