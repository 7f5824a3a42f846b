#include "reports/DocumentContext.h"

#include "Clock.h"
#include "db/Sql.h"
#include "deadlines/DeadlineRules.h"
#include "reports/DocumentFonts.h"

DocumentContext::DocumentContext(const QSqlDatabase& db, const ReportOptions& options)
    : m_options(options)
    , m_language(options.language)
    , m_company(CompanyProfile::load(db))
    , m_zone(DeadlineRules::load(db).zone)
    , m_now(options.now.isValid() ? options.now.toUTC() : SystemClock().now())
{
    if (m_language.isChinese())
        m_names = ReferenceNames::loadChinese(db);
}

QString DocumentContext::dateTime(const QDateTime& utc) const
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DocumentContext::date(const QDateTime& utc) const
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd"));
}

QString DocumentContext::letterDate(const QDateTime& utc) const
{
    const QDate day = utc.toTimeZone(m_zone).date();
    if (m_language.isChinese())
        return QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
    return m_language.locale().toString(day, QStringLiteral("d MMMM yyyy"));
}

QString DocumentContext::percent(int part, int whole) const
{
    if (whole <= 0)
        return QStringLiteral("—");
    return m_language.locale().toString(100.0 * part / whole, 'f', 1) + u'%';
}

QString DocumentContext::number(double value, int decimals) const
{
    return m_language.locale().toString(value, 'f', decimals);
}

ReportDocument DocumentContext::document(const QString& title, const QString& number) const
{
    ReportDocument d;
    d.language = m_language.code();
    d.fontFamily = DocumentFonts::family();
    d.title = title;
    d.number = number;
    d.date = date(m_now);
    d.company = m_company;
    d.pageSize = m_options.pageSize;
    d.numberLabel = translate("DocumentContext", "No.");
    d.dateLabel = translate("DocumentContext", "Date");
    d.pageFormat = translate("DocumentContext", "Page %1 of %2");
    return d;
}
