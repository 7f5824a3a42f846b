#pragma once

#include "loops/CustomerVisit.h"
#include "reports/ReportDocument.h"
#include "reports/ReportOptions.h"

#include <QSqlDatabase>

class DocumentContext;

// R15, R17 the customer visit report: whom we visited and why (the case and what was found and
// done, or the round), the plan, what the customer said of how the problem was treated, their
// opinions and suggestions, and for a return visit the departments it went to and their
// receipts. Prints in the language of the options, whatever the window's.
class VisitReportDocument
{
public:
    explicit VisitReportDocument(const DocumentContext& context);
    ReportDocument build(const CustomerVisit& v) const;
    // The report of the visit numbered so (CV-2026-00001); throws UserError when there is none.
    static ReportDocument ofNumber(const QSqlDatabase& db, const QString& number,
                                   const ReportOptions& options);

private:
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const;
    const DocumentContext& m_context;
};
