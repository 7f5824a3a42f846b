#pragma once

#include "domain/QualityCase.h"
#include "improvement/Improvement.h"
#include "reports/ReportDocument.h"

#include <optional>

class DocumentContext;

// R9 the written feedback to the customer: a letter that says what was found and what was
// done about the quality problem they reported, laid out as letters are written in the
// document's language (an English business letter, a Chinese 复函).
class FeedbackLetterDocument
{
public:
    explicit FeedbackLetterDocument(const DocumentContext& context);
    // A traced case's letter also says what the cross-department analysis found and decided
    // (R11): the root cause, the permanent correction and what prevents recurrence, as far as
    // those 8D steps are signed off.
    ReportDocument build(const QualityCase& c, const QString& customerAddress,
                         const std::optional<Tracing>& tracing = std::nullopt) const;

private:
    QString tr(const char* source, const char* disambiguation = nullptr) const;
    using Points = QList<QPair<QString, QString>>;
    Points traced(const std::optional<Tracing>& tracing) const;
    QString english(const QualityCase& c, const QString& customerAddress, const QDateTime& dated,
                    const Points& found) const;
    QString chinese(const QualityCase& c, const QDateTime& dated, const Points& found) const;
    const DocumentContext& m_context;
};
