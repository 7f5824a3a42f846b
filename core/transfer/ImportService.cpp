#include "transfer/ImportService.h"

#include "UserError.h"
#include "db/DatabaseError.h"
#include "db/Transaction.h"
#include "db/WriteScope.h"
#include "lists/ListRules.h"
#include "transfer/ListRowImporter.h"
#include "transfer/PastCaseImporter.h"
#include "transfer/RowImporter.h"
#include "transfer/SerialRowImporter.h"

#include <QHash>

int ImportResult::badRows() const
{
    QList<int> lines;
    for (const ImportProblem& p : problems)
        if (lines.isEmpty() || lines.last() != p.line)
            lines.append(p.line);
    return static_cast<int>(lines.size());
}

ImportService::ImportService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

bool ImportService::mayImport(const User& user)
{
    return ListRules::mayChange(user);
}

std::unique_ptr<RowImporter> ImportService::importer(QSqlDatabase db, const Clock& clock, const User& actor,
                                                     const TransferKind& kind, const ImportOptions& options)
{
    if (kind.id == QLatin1String("cases"))
        return std::make_unique<PastCaseImporter>(db, clock, actor, options);
    if (kind.id == QLatin1String("serials"))
        return std::make_unique<SerialRowImporter>(db, clock, actor, kind, options);
    return std::make_unique<ListRowImporter>(db, clock, actor, kind, options);
}

ImportResult ImportService::run(const User& actor, const TransferKind& kind, const CsvTable& table,
                                const ColumnMapping& mapping, const ImportOptions& options,
                                const Progress& progress, const std::atomic<bool>* cancel)
{
    if (!mayImport(actor))
        throw UserError(tr("Only the office or an administrator can import the company's lists and past "
                           "cases."));
    ImportResult result;
    result.rows = static_cast<int>(table.size());
    result.problems = mapping.problems(kind, table.header());
    if (!result.problems.isEmpty())
        return result;
    if (table.isEmpty()) {
        result.problems.append({1, QString(), tr("The file has a header line but no rows below it.")});
        return result;
    }
    const auto headerOf = [&](const QString& column) {
        const int i = mapping.fileColumn(column);
        return i >= 0 ? table.header().value(i) : column;
    };
    const int columns = static_cast<int>(table.header().size());
    Transaction transaction(m_db);
    std::unique_ptr<RowImporter> rows = importer(m_db, m_clock, actor, kind, options);
    RowValues row(kind, mapping);
    const qint64 total = table.size();
    QHash<QString, int> keys; // key -> first line
    keys.reserve(total);
    const qint64 step = std::max<qint64>(1, std::min<qint64>(1000, total / 100));
    CsvRecord record; // each record in turn, split from the file's bytes as it comes
    for (qint64 i = 0; table.next(record); ++i) {
        if (cancel && cancel->load())
            throw Cancelled();
        row.setRecord(&record);
        if (record.filled() > columns || record.size() < columns) {
            result.problems.append(
                {record.line(), QString(),
                 tr("This line has %1 values, the header line %2 columns: a value that holds a comma or a "
                    "line break must be in double quotes.")
                     .arg(record.size())
                     .arg(columns)});
            continue;
        }
        const QString key = rows->fileKey(row);
        if (!key.isEmpty()) {
            const auto seen = keys.constFind(key);
            if (seen != keys.cend()) {
                result.problems.append({record.line(), headerOf(kind.keyColumn),
                                        tr("“%1” is also on line %2 of this file: each entry once.")
                                            .arg(key.section(QChar(0x1f), -1), QString::number(*seen))});
                continue;
            }
            keys.insert(key, record.line());
        }
        try {
            RowImporter::Outcome outcome;
            if (rows->scopesOwnRows()) {
                outcome = rows->importRow(row);
            } else {
                WriteScope scope(m_db);
                outcome = rows->importRow(row);
                scope.commit();
            }
            if (outcome == RowImporter::Outcome::Added)
                ++result.added;
            else if (outcome == RowImporter::Outcome::Updated)
                ++result.updated;
            else
                ++result.unchanged;
        } catch (const UserError& error) {
            if (dynamic_cast<const DatabaseError*>(&error))
                throw;
            if (error.fieldErrors().isEmpty())
                result.problems.append({record.line(), QString(), error.message()});
            for (auto it = error.fieldErrors().cbegin(); it != error.fieldErrors().cend(); ++it)
                result.problems.append({record.line(), headerOf(it.key()), it.value()});
        }
        if (progress && (i + 1) % step == 0)
            progress(i + 1, total);
    }
    if (cancel && cancel->load())
        throw Cancelled();
    const bool keep = !options.dryRun && (result.problems.isEmpty() || options.goodRowsOnly)
        && result.added + result.updated > 0;
    if (keep) {
        rows->finish();
        transaction.commit();
        result.committed = true;
    }
    if (progress)
        progress(total, total);
    return result;
}
