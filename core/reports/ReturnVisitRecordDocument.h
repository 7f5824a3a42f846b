#pragma once

#include "deadlines/DeadlineCalculator.h"
#include "domain/QualityCase.h"
#include "reports/ReportDocument.h"

class DocumentContext;

// R7, R8 the return-visit record of one case: the first visit (each on-site service
// requirement confirmed item by item, the customer's marks), the second visit (use of the
// product since, feedback as said, problems transferred to technical support) and the
// follow-up of a resupplied product (R14), each with its deadline.
class ReturnVisitRecordDocument
{
public:
    ReturnVisitRecordDocument(const DocumentContext& context, const DeadlineCalculator& deadlines);
    ReportDocument build(const QualityCase& c) const;

private:
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const;
    ReportTable visitFields(const QString& heading, const ReturnVisit* v, const QDateTime& due) const;
    const DocumentContext& m_context;
    const DeadlineCalculator& m_deadlines;
};
