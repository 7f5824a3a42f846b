#pragma once

#include "deadlines/DeadlineRules.h"
#include "reports/ReportDocument.h"
#include "reports/ReturnVisitReportQuery.h"

class DocumentContext;

// The return-visit report of a period for managers (000 3.4.4, 002 RV): every visit with
// customer, technician, marks and problems raised; averages by technician and by product; the
// share of visits made by their deadline; what the second visits transferred, to whom, by when
// and whether it is still open.
class ReturnVisitReportDocument
{
public:
    ReturnVisitReportDocument(const DocumentContext& context, const DeadlineRules& rules);
    // The figures from the database's counts (ReturnVisitReportQuery::summary), the visits listed.
    ReportDocument build(const QDate& from, const QDate& to, const VisitSummary& summary,
                         const QList<VisitReportRow>& visits, const QList<TransferRow>& transfers = {}) const;

private:
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const;
    QString kindText(VisitKind kind) const;
    QStringList tallyCells(const QString& name, const VisitTally& t) const;
    QString averages(const QString& heading, const QString& column,
                     const QMap<QString, VisitTally>& groups) const;
    const DocumentContext& m_context;
    DeadlineRules m_rules;
};
