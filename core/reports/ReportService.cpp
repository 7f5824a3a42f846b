#include "reports/ReportService.h"

#include "FixedClock.h"
#include "UserError.h"
#include "cases/CaseRepository.h"
#include "db/Sql.h"
#include "improvement/TracingService.h"
#include "reports/CasePhotos.h"
#include "reports/DocumentContext.h"
#include "reports/FeedbackLetterDocument.h"
#include "reports/FeedbackSheetDocument.h"
#include "reports/OverdueListDocument.h"
#include "reports/ReturnVisitRecordDocument.h"
#include "reports/ReturnVisitReportDocument.h"
#include "reports/ServiceReportDocument.h"

namespace {
struct KindCode
{
    ReportService::CaseDocument kind;
    const char* code;
};
const KindCode kindCodes[] = {{ReportService::CaseDocument::FeedbackSheet, "feedback-sheet"},
                              {ReportService::CaseDocument::ServiceReport, "service-report"},
                              {ReportService::CaseDocument::ReturnVisitRecord, "return-visit-record"},
                              {ReportService::CaseDocument::FeedbackLetter, "feedback-letter"}};
} // namespace

ReportService::ReportService(QSqlDatabase db)
    : m_db(std::move(db))
    , m_deadlines(DeadlineRules::load(m_db))
{
}

QString ReportService::code(CaseDocument kind)
{
    for (const KindCode& k : kindCodes)
        if (k.kind == kind)
            return QString::fromLatin1(k.code);
    return {};
}

bool ReportService::fromCode(const QString& code, CaseDocument& kind)
{
    for (const KindCode& k : kindCodes) {
        if (code == QLatin1String(k.code)) {
            kind = k.kind;
            return true;
        }
    }
    return false;
}

QString ReportService::displayName(CaseDocument kind)
{
    switch (kind) {
    case CaseDocument::FeedbackSheet:
        return tr("Information feedback sheet");
    case CaseDocument::ServiceReport:
        return tr("On-site service report");
    case CaseDocument::ReturnVisitRecord:
        return tr("Return-visit record");
    case CaseDocument::FeedbackLetter:
        return tr("Written feedback letter");
    }
    return {};
}

qint64 ReportService::caseIdOfNumber(const QString& number) const
{
    const qint64 id = CaseRepository(m_db).idOfNumber(number.trimmed());
    if (id <= 0)
        throw UserError(tr("There is no case numbered “%1”.").arg(number.trimmed()));
    return id;
}

QString ReportService::customerAddress(qint64 customerId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT address FROM customers WHERE id = ?"), {customerId})
        .toString();
}

ReportDocument ReportService::caseDocument(CaseDocument kind, qint64 caseId,
                                           const ReportOptions& options) const
{
    return caseDocuments(kind, {caseId}, options).first();
}

QList<ReportDocument> ReportService::caseDocuments(CaseDocument kind, const QList<qint64>& caseIds,
                                                   const ReportOptions& options, QStringList* leftOut) const
{
    if (caseIds.isEmpty())
        throw UserError(tr("Choose at least one case to print."));
    const DocumentContext context(m_db, options);
    const CaseRepository cases(m_db);
    QList<ReportDocument> documents;
    for (qint64 id : caseIds) {
        const QualityCase c = cases.load(id);
        try {
            documents.append(build(kind, c, context));
            if (options.withPhotos
                && (kind == CaseDocument::FeedbackSheet || kind == CaseDocument::ServiceReport))
                CasePhotos(m_db, context).addTo(documents.last(), c); // issue 17
        } catch (const UserError& error) {
            if (!leftOut)
                throw;
            leftOut->append(error.message());
        }
    }
    if (documents.isEmpty() && leftOut)
        throw UserError(leftOut->join(u'\n'));
    return documents;
}

ReportDocument ReportService::build(CaseDocument kind, const QualityCase& c,
                                    const DocumentContext& context) const
{
    switch (kind) {
    case CaseDocument::FeedbackSheet:
        if (!c.sheet)
            throw UserError(
                tr("Case %1 has no feedback sheet yet: Quality issues it after the analysis.").arg(c.number));
        return FeedbackSheetDocument(context).build(c);
    case CaseDocument::ServiceReport:
        if (!c.service && !(c.plan && c.plan->kind == PlanKind::OnSite))
            throw UserError(tr("Case %1 has no on-site service planned or recorded.").arg(c.number));
        return ServiceReportDocument(context).build(c);
    case CaseDocument::ReturnVisitRecord:
        if (!c.service && c.visits.isEmpty())
            throw UserError(
                tr("Case %1 has no return visits: they follow the on-site service or the resupply.")
                    .arg(c.number));
        return ReturnVisitRecordDocument(context, m_deadlines).build(c);
    case CaseDocument::FeedbackLetter:
        if (!c.closedAt.isValid())
            throw UserError(tr("Case %1 is not closed yet: the written feedback is given when it is closed.")
                                .arg(c.number));
        {
            // The tracing is only read here; its clock is the moment printed at.
            const FixedClock printedAt(context.now());
            return FeedbackLetterDocument(context).build(c, customerAddress(c.customerId),
                                                         TracingService(m_db, printedAt).ofCase(c.id));
        }
    }
    Q_UNREACHABLE();
    return {};
}

ReportDocument ReportService::returnVisitReport(const QDate& from, const QDate& to,
                                                const ReportOptions& options) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        throw UserError(tr("Give a period whose end is not before its start."));
    const ReturnVisitReportQuery query(m_db, m_deadlines);
    // The figures and the listing from one pass over the period's visits: a visit saved
    // meanwhile on another PC is in both or in neither.
    const VisitReport report = query.report(from, to,
                                            options.allVisits ? ReturnVisitReportQuery::Listing::All
                                                              : ReturnVisitReportQuery::Listing::WithProblem);
    const VisitSummary& summary = report.summary;
    if (summary.all.visits == 0)
        throw UserError(
            tr("No return visits were made from %1 to %2.")
                .arg(from.toString(QStringLiteral("yyyy-MM-dd")), to.toString(QStringLiteral("yyyy-MM-dd"))));
    const DocumentContext context(m_db, options);
    return ReturnVisitReportDocument(context, m_deadlines.rules()).build(from, to, summary, report.visits);
}

ReportDocument ReportService::overdueList(const ReportOptions& options) const
{
    const DocumentContext context(m_db, options);
    const QList<OverdueRow> rows = OverdueQuery(m_db).rows(context.now());
    if (rows.isEmpty())
        throw UserError(tr("Nothing is overdue."));
    return OverdueListDocument(context).build(rows);
}
