#pragma once

#include "reports/OverdueQuery.h"
#include "reports/ReportDocument.h"

class DocumentContext;

// The list of overdue work: one line per overdue duty, who owes what on which case, since when.
class OverdueListDocument
{
public:
    explicit OverdueListDocument(const DocumentContext& context);
    ReportDocument build(const QList<OverdueRow>& rows) const;

private:
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const;
    QString stepText(const QString& code) const;
    QString dutyText(const OverdueRow& row) const;
    QString ownerText(const OverdueRow& row) const;
    const DocumentContext& m_context;
};
