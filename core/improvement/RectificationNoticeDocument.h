#pragma once

#include "improvement/Improvement.h"
#include "reports/ReportDocument.h"
#include "reports/ReportOptions.h"

#include <QSqlDatabase>

class DocumentContext;

// R12 the numbered rectification notice of a corrective action: what is to be corrected, by
// which unit, by when, where it comes from; its circulation at the quality management meeting,
// the technical coordination meeting and the joint production meeting (the day, who signed it
// off: blank lines for those still to come); the effectiveness check and the closing.
class RectificationNoticeDocument
{
public:
    explicit RectificationNoticeDocument(const DocumentContext& context);
    ReportDocument build(const CorrectiveAction& a) const;
    // The notice numbered so (RN-2026-00001); throws UserError when there is none.
    static ReportDocument ofNumber(const QSqlDatabase& db, const QString& number,
                                   const ReportOptions& options);

private:
    QString tr(const char* source) const;
    QString word(const char* source) const;
    const DocumentContext& m_context;
};
