#include "transfer/ExportService.h"

#include "UserError.h"
#include "db/BulkStatement.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "deadlines/DeadlineRules.h"
#include "transfer/CsvWriter.h"
#include "transfer/ExportQueries.h"

#include <QFileInfo>
#include <QSaveFile>

namespace {
QString timeText(qint64 secs, const QTimeZone& zone)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toTimeZone(zone);
    return t.toString(t.time().second() == 0 ? QStringLiteral("yyyy-MM-dd HH:mm")
                                             : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

ExportService::ExportService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QByteArray ExportService::headerLine(const TransferKind& kind)
{
    return CsvWriter::line(kind.header(), false);
}

qint64 ExportService::count(const TransferKind& kind) const
{
    return Sql::scalar(m_db, ExportQuery::of(kind.id, m_db).countSql).toLongLong();
}

qint64 ExportService::each(const TransferKind& kind, const std::function<void(const QByteArray&)>& out,
                           const Progress& progress, const std::atomic<bool>* cancel) const
{
    const ExportQuery query = ExportQuery::of(kind.id, m_db);
    const QTimeZone zone = DeadlineRules::load(m_db).zone;
    const qint64 total = progress ? count(kind) : 0;
    out(headerLine(kind));
    BulkStatement rows(m_db, query.sql);
    qint64 done = 0;
    QStringList values;
    while (rows.next()) {
        if (cancel && cancel->load()) {
            rows.reset();
            throw Cancelled();
        }
        values.clear();
        for (int i = 0; i < query.formats.size(); ++i) {
            if (rows.isNull(i)) {
                values.append(QString());
                continue;
            }
            switch (query.formats.at(i)) {
            case ExportQuery::Format::Text:
            case ExportQuery::Format::Integer:
                values.append(rows.textValue(i));
                break;
            case ExportQuery::Format::YesNo:
                values.append(rows.int64Value(i) != 0 ? QStringLiteral("yes") : QStringLiteral("no"));
                break;
            case ExportQuery::Format::Date:
                values.append(RecordWriter::storedDate(rows.int64Value(i)).toString(Qt::ISODate));
                break;
            case ExportQuery::Format::Time:
                values.append(timeText(rows.int64Value(i), zone));
                break;
            }
        }
        out(CsvWriter::line(values));
        if (progress && ++done % 1000 == 0)
            progress(done, total);
        done += progress ? 0 : 1;
    }
    if (progress)
        progress(done, total);
    return done;
}

QByteArray ExportService::bytes(const TransferKind& kind) const
{
    QByteArray all = CsvWriter::byteOrderMark();
    each(
        kind, [&all](const QByteArray& line) { all += line; }, {}, nullptr);
    return all;
}

qint64 ExportService::write(const TransferKind& kind, const QString& path, const Progress& progress,
                            const std::atomic<bool>* cancel) const
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly))
        throw UserError(tr("“%1” cannot be written: %2.").arg(name, file.errorString()));
    file.write(CsvWriter::byteOrderMark());
    const qint64 rows = each(
        kind, [&file](const QByteArray& line) { file.write(line); }, progress, cancel);
    if (!file.commit())
        throw UserError(tr("“%1” cannot be written: %2.").arg(name, file.errorString()));
    return rows;
}
