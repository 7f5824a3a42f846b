#pragma once

#include "domain/QualityCase.h"
#include "reports/ReportHtml.h"

class DocumentContext;

// The parts of a case that several documents show the same way, in the document's language.
class CaseBlocks
{
public:
    explicit CaseBlocks(const DocumentContext& context);

    QString product(const QualityCase& c) const; // "Q41F-16C-50 Ball valve Q41F-16C DN50"
    QString customer(const QualityCase& c) const; // with "(key customer)"
    QString contact(const QualityCase& c) const; // name and phone
    QString channel(const QString& code) const;
    QString yesNo(bool value) const;
    QString planKind(PlanKind kind) const;
    QString onTime(const QDateTime& done, const QDateTime& due) const; // "on time", "late", "not yet"
    // Customer, contact, product, serial, batch, order, quantity.
    QList<ReportHtml::Field> identity(const QualityCase& c) const;

private:
    QString tr(const char* source) const;
    const DocumentContext& m_context;
};
