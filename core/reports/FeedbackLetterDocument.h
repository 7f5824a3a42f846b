#pragma once

#include "domain/QualityCase.h"
#include "reports/ReportDocument.h"

class DocumentContext;

// R9 the written feedback to the customer: a letter that says what was found and what was
// done about the quality problem they reported.
class FeedbackLetterDocument
{
public:
    explicit FeedbackLetterDocument(const DocumentContext& context);
    ReportDocument build(const QualityCase& c, const QString& customerAddress) const;

private:
    QString tr(const char* source) const;
    const DocumentContext& m_context;
};
