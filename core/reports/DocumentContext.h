#pragma once

#include "reference/ReferenceNames.h"
#include "reports/CompanyProfile.h"
#include "reports/DocumentLanguage.h"
#include "reports/ReportDocument.h"
#include "reports/ReportOptions.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>

// What every document of one print run shares: the language, the company, the company's
// time zone for dates, the moment of printing, and the Chinese names of the reference lists.
class DocumentContext
{
public:
    DocumentContext(const QSqlDatabase& db, const ReportOptions& options);

    const DocumentLanguage& language() const { return m_language; }
    const ReportOptions& options() const { return m_options; }
    const CompanyProfile& company() const { return m_company; }
    const QDateTime& now() const { return m_now; }
    const QTimeZone& zone() const { return m_zone; }
    QString translate(const char* context, const char* source, int n = -1) const
    {
        return m_language.translate(context, source, nullptr, n);
    }

    QString dateTime(const QDateTime& utc) const; // "2026-03-02 09:00", "" when not yet
    QString date(const QDateTime& utc) const;
    QString letterDate(const QDateTime& utc) const; // "2 March 2026", "2026年3月2日"
    QString percent(int part, int whole) const; // "87.5%", "—" when whole is 0
    QString number(double value, int decimals) const;

    // The name of a reference item in the document's language (Chinese names from the lists).
    QString unitName(qint64 id, const QString& name) const { return m_names.name(List::Units, id, name); }
    QString gradeName(qint64 id, const QString& name) const { return m_names.name(List::Grades, id, name); }
    QString categoryName(qint64 id, const QString& name) const
    {
        return m_names.name(List::DefectCategories, id, name);
    }
    QString causeName(qint64 id, const QString& name) const
    {
        return m_names.name(List::DefectCauses, id, name);
    }

    // A document with the company, the labels of the page head and foot, and the paper filled in.
    ReportDocument document(const QString& title, const QString& number) const;

private:
    using List = ReferenceNames::List;

    ReportOptions m_options;
    DocumentLanguage m_language;
    CompanyProfile m_company;
    QTimeZone m_zone;
    QDateTime m_now;
    ReferenceNames m_names; // Chinese names in a Chinese document, none in an English one
};
