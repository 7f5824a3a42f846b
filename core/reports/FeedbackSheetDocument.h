#pragma once

#include "domain/QualityCase.h"
#include "reports/ReportDocument.h"

class DocumentContext;

// R4 the information feedback sheet: the case as Quality checked and analysed it, each
// responsible unit with its task and deadline, who issued it and when, and the distribution
// list with room for each recipient to sign for receipt.
class FeedbackSheetDocument
{
public:
    explicit FeedbackSheetDocument(const DocumentContext& context);
    ReportDocument build(const QualityCase& c) const; // the case must have an issued sheet

private:
    QString tr(const char* source, const char* disambiguation = nullptr) const;
    const DocumentContext& m_context;
};
