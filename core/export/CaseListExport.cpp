#include "export/CaseListExport.h"

#include "cases/CaseListQuery.h"
#include "deadlines/DeadlineCalculator.h"
#include "domain/CaseStatus.h"
#include "export/CsvWriter.h"
#include "export/StatsExport.h"
#include "export/XlsxBook.h"
#include "stats/StatsNames.h"

#include <memory>

namespace {
constexpr int pageSize = 1000;

class Sink
{
public:
    virtual ~Sink() = default;
    virtual void row(const QStringList& cells) = 0;
    virtual QString finish() = 0;
};

class CsvSink : public Sink
{
public:
    explicit CsvSink(const QString& path)
        : m_csv(path)
    {
    }
    bool isOpen() const { return m_csv.isOpen(); }
    QString error() const { return m_csv.error(); }
    void row(const QStringList& cells) override { m_csv.writeRow(cells); }
    QString finish() override { return m_csv.commit(); }

private:
    CsvWriter m_csv;
};

class XlsxSink : public Sink
{
public:
    explicit XlsxSink(const QString& path)
        : m_book(path, true)
    {
        if (m_book.isOpen()) {
            m_sheet = m_book.addSheet(CaseListExport::tr("Cases"));
            m_bold = workbook_add_format(m_book.book());
            format_set_bold(m_bold);
        }
    }
    bool isOpen() const { return m_book.isOpen(); }
    void row(const QStringList& cells) override
    {
        for (int c = 0; c < cells.size(); ++c)
            if (!cells.at(c).isEmpty())
                worksheet_write_string(m_sheet, m_row, static_cast<lxw_col_t>(c),
                                       cells.at(c).toUtf8().constData(), m_row == 0 ? m_bold : nullptr);
        ++m_row;
    }
    QString finish() override { return m_book.close(); }

private:
    XlsxBook m_book;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_row_t m_row = 0;
};
} // namespace

QStringList CaseListExport::header()
{
    return {tr("Case"),   tr("Status"), tr("Received"), tr("Customer"),  tr("Key customer"), tr("Product"),
            tr("Serial"), tr("Grade"),  tr("Symptom"),  tr("Next step"), tr("Owed by"),      tr("Due")};
}

QString CaseListExport::write(const QSqlDatabase& db, const Clock& clock, const CaseFilter& filter,
                              const QString& path, const Progress& progress)
{
    std::unique_ptr<Sink> sink;
    const QString format = StatsExport::formatOf(path);
    if (format == QLatin1String("csv")) {
        auto csv = std::make_unique<CsvSink>(path);
        if (!csv->isOpen())
            return csv->error();
        sink = std::move(csv);
    } else if (format == QLatin1String("xlsx")) {
        auto xlsx = std::make_unique<XlsxSink>(path);
        if (!xlsx->isOpen())
            return tr("Cannot write “%1”.").arg(path);
        sink = std::move(xlsx);
    } else {
        return tr("Save the list as .xlsx or .csv.");
    }
    const CaseListQuery query(db, clock);
    const QTimeZone zone = DeadlineRules::load(db).zone;
    const QHash<qint64, QString> units = StatsNames(db, false).all(StatsNames::List::Units);
    const qint64 total = query.count(filter);
    const auto time = [&zone](const QDateTime& t) {
        return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    };
    const auto owner = [&units](const QString& code) {
        return code.startsWith(QLatin1String("unit:")) ? units.value(code.mid(5).toLongLong())
                                                       : DeadlineCalculator::ownerName(code);
    };
    sink->row(header());
    qint64 done = 0;
    qint64 before = 0;
    for (;;) {
        const QList<CaseListRow> rows = query.page(filter, before, pageSize);
        for (const CaseListRow& r : rows)
            sink->row({r.number, CaseStatuses::displayName(CaseStatuses::fromCode(r.status)),
                       time(r.receivedAt), r.customer, r.keyCustomer ? tr("Yes") : QString(), r.model,
                       r.serialNo, r.grade, r.symptom, DeadlineCalculator::stepText(r.nextStep),
                       owner(r.nextOwner), time(r.nextDueAt)});
        done += rows.size();
        if (progress)
            progress(done, total);
        if (rows.size() < pageSize)
            break;
        before = rows.last().id;
    }
    return sink->finish();
}
