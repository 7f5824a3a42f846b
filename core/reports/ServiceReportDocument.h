#pragma once

#include "domain/QualityCase.h"
#include "reports/ReportDocument.h"

class DocumentContext;

// R6 the on-site service report: what the technician found and did, with room for the
// customer's signature. Before the visit it prints as a form the technician fills in on site.
class ServiceReportDocument
{
public:
    explicit ServiceReportDocument(const DocumentContext& context);
    ReportDocument build(const QualityCase& c) const;

private:
    QString tr(const char* source) const;
    static ReportTable box(const QString& label, const QString& value);
    const DocumentContext& m_context;
};
