#pragma once

#include "loops/Survey.h"
#include "reports/ReportDocument.h"
#include "reports/ReportOptions.h"

#include <QSqlDatabase>

class DocumentContext;

// R18 the summary and analysis of a year's survey for the Quality Department: letters sent and
// answered, the average scores for quality and delivery dates beside last year's, how the
// scores were spread, every comment with its customer, Sales' analysis and Quality's
// improvement opportunities with their owners.
class SurveySummaryDocument
{
public:
    explicit SurveySummaryDocument(const DocumentContext& context);
    ReportDocument build(const Survey& s, const SurveyYearFigures& year,
                         const SurveyYearFigures& lastYear) const;
    // Throws UserError when the year has no survey.
    static ReportDocument ofYear(const QSqlDatabase& db, int year, const ReportOptions& options);

private:
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const;
    const DocumentContext& m_context;
};
