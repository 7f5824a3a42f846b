#pragma once

#include "domain/QualityCase.h"
#include "reports/ReportDocument.h"

class DocumentContext;

// R9 the written feedback to the customer: a letter that says what was found and what was
// done about the quality problem they reported, laid out as letters are written in the
// document's language (an English business letter, a Chinese 复函).
class FeedbackLetterDocument
{
public:
    explicit FeedbackLetterDocument(const DocumentContext& context);
    ReportDocument build(const QualityCase& c, const QString& customerAddress) const;

private:
    QString tr(const char* source, const char* disambiguation = nullptr) const;
    QString english(const QualityCase& c, const QString& customerAddress, const QDateTime& dated) const;
    QString chinese(const QualityCase& c, const QDateTime& dated) const;
    const DocumentContext& m_context;
};
