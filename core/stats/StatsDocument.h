#pragma once

#include "reports/ReportDocument.h"
#include "stats/StatsTable.h"

class DocumentContext;

// A statistic on the company's paper (issue 13): its title, the period and filters, then each
// of its tables with its chart above it, and what the figures mean. Printed, previewed and
// saved as PDF through DocumentPainter like every other document, in either language.
class StatsDocument
{
public:
    explicit StatsDocument(const DocumentContext& context);
    ReportDocument build(const StatsReport& report) const;
    // The chart of a table as the documents paint it.
    static ReportChart chart(const StatsTable& table, const QString& highlightName);

private:
    QString tr(const char* source) const;
    const DocumentContext& m_context;
};
