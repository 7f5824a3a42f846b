#pragma once

#include "loops/CustomerVisit.h"
#include "reports/ReportDocument.h"
#include "reports/ReportOptions.h"

#include <QSqlDatabase>

class DocumentContext;

// R17 the document of a whole round of return visits organised by the general manager: what
// the round was for and when, who organised it; each customer's visit (who led it, when, its
// state, the departments its record went to and when each signed for it, when Sales filed it);
// what each customer said (opinions and suggestions); room for the general manager's and
// Sales' signatures. Prints in the language of the options, whatever the window's.
class RoundReportDocument
{
public:
    explicit RoundReportDocument(const DocumentContext& context);
    ReportDocument build(const VisitRound& round) const;
    // The document of the round numbered so (VR-2026-00001); throws UserError when there is none.
    static ReportDocument ofNumber(const QSqlDatabase& db, const QString& number,
                                   const ReportOptions& options);
    static ReportDocument ofId(const QSqlDatabase& db, qint64 roundId, const ReportOptions& options);

private:
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const;
    QString state(const CustomerVisit& v) const;
    const DocumentContext& m_context;
};
