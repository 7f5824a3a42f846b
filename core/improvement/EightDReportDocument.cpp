#include "improvement/EightDReportDocument.h"

#include "Clock.h"
#include "UserError.h"
#include "db/Sql.h"
#include "improvement/ImprovementWords.h"
#include "improvement/TracingService.h"
#include "reports/DocumentContext.h"
#include "reports/FieldGrid.h"
#include "reports/ReportHtml.h"

EightDReportDocument::EightDReportDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString EightDReportDocument::tr(const char* source) const
{
    return m_context.translate("EightDReportDocument", source);
}

ReportDocument EightDReportDocument::build(const Tracing& t) const
{
    const DocumentContext& x = m_context;
    ReportDocument d = x.document(tr("8D Report"), t.number);
    d.html = ReportHtml::title(d.title, tr("Case %1").arg(t.caseNumber));
    d.tables.append(FieldGrid::make(
        tr("The problem traced"),
        {{tr("Case"), t.caseNumber},
         {tr("Customer"), t.customerName},
         {tr("Symptom"), t.symptom},
         {tr("Traced because"), x.translate("ImprovementWords", ImprovementWords::reasonSource(t.reason))},
         {tr("Opened"), x.dateTime(t.openedAt)},
         {tr("Opened by"), t.openedBy},
         {tr("Closed"), x.dateTime(t.closedAt)},
         {tr("Request"), t.requestNote}}));
    ReportTable steps;
    steps.heading = tr("The eight disciplines");
    steps.header = QStringList {tr("Step"), tr("Owner"), tr("Due"), tr("Found and done"), tr("Signed off")};
    steps.widths = {22, 14, 11, 35, 18};
    steps.unbroken = {2};
    for (const TracingStep& s : t.steps) {
        QString text = s.text;
        if (s.verified)
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Verified.");
        const QString owner = s.ownerUserId > 0 ? s.ownerUser : x.unitName(s.ownerUnitId, s.ownerUnit);
        const QString signedOff
            = s.isSigned() ? s.signedBy + QStringLiteral("\n") + x.dateTime(s.signedAt) : QString();
        steps.rows.append({x.translate("ImprovementWords", ImprovementWords::stepSource(s.step)), owner,
                           s.dueOn.toString(Qt::ISODate), text, signedOff});
    }
    d.tables.append(steps);
    d.htmlAfter = ReportHtml::signatures(
                      {tr("Quality Department"), tr("Research and development"), tr("Manufacturing")})
        + ReportHtml::note(
                      tr("Cause analysis by Research and development, Quality and Manufacturing; the written "
                         "feedback to the customer draws on this report."));
    return d;
}

ReportDocument EightDReportDocument::ofNumber(const QSqlDatabase& db, const QString& number,
                                              const ReportOptions& options)
{
    const SystemClock clock; // loading a tracing asks no time
    const TracingService tracings(db, clock);
    const QVariant caseId
        = Sql::scalar(db, QStringLiteral("SELECT id FROM cases WHERE number = ?"), {number.trimmed()});
    qint64 id = 0;
    if (caseId.isValid()) {
        const auto t = tracings.ofCase(caseId.toLongLong());
        if (!t)
            throw UserError(
                TracingService::tr("Case %1 is not traced; it has no 8D report.").arg(number.trimmed()));
        id = t->id;
    } else {
        id = tracings.idOfNumber(number);
    }
    const DocumentContext context(db, options);
    return EightDReportDocument(context).build(tracings.load(id));
}
