#pragma once

#include "improvement/Improvement.h"
#include "reports/ReportDocument.h"
#include "reports/ReportOptions.h"

#include <QSqlDatabase>

class DocumentContext;

// R11 the 8D report of a tracing: the case and why it is traced, then each step D0..D8 with its
// owner, due day, what was found and done, whether it was verified, and who signed it off when.
// The written feedback letter to the customer draws on it. Prints in the options' language.
class EightDReportDocument
{
public:
    explicit EightDReportDocument(const DocumentContext& context);
    ReportDocument build(const Tracing& t) const;
    // The 8D report of the case numbered so (QI-2026-00001) or of the tracing (8D-2026-00001);
    // throws UserError when there is none.
    static ReportDocument ofNumber(const QSqlDatabase& db, const QString& number,
                                   const ReportOptions& options);

private:
    QString tr(const char* source) const;
    const DocumentContext& m_context;
};
