#pragma once

#include "domain/QualityCase.h"
#include "reports/ReportDocument.h"

#include <QSqlDatabase>

class DocumentContext;

// The photos of a case for its printed documents (issue 17): every photo on the case (not the
// withdrawn ones), upright and scaled for print, captioned with its name, caption, who added
// it and when, in the document's language.
class CasePhotos
{
public:
    CasePhotos(QSqlDatabase db, const DocumentContext& context);
    // Puts the case's photos on the document's photo page; none when the case has none.
    void addTo(ReportDocument& document, const QualityCase& c) const;

    static constexpr int printSide = 900; // pixels: 76 mm at 300 dpi, more than a cell needs

private:
    QString tr(const char* source) const;
    QSqlDatabase m_db;
    const DocumentContext& m_context;
};
