#pragma once

#include "transfer/TransferKind.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

// Writes a kind's entries as a CSV file in the columns its import reads (the template's), so
// that exporting, importing into an empty database and exporting again gives the same bytes:
// entries ordered by their key, codes instead of ids, yes/no, dates as 2026-03-31 and times as
// 2026-03-31 14:05 in the company's time zone (seconds only when there are some), UTF-8 with a
// byte order mark (CsvWriter), formulas guarded (CellGuard). The rows are read as they are
// written, never all held at once; the file is replaced only once complete.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ExportService(QSqlDatabase db);

    // Returns how many entries were written; throws UserError when the file cannot be written
    // (nothing is left behind) and ExportService::Cancelled when cancel became true.
    qint64 write(const TransferKind& kind, const QString& path, const Progress& progress = {},
                 const std::atomic<bool>* cancel = nullptr) const;
    // The same into memory (small lists, tests).
    QByteArray bytes(const TransferKind& kind) const;
    // The header line an import of the kind reads (qualityloop-cli import KIND --template).
    static QByteArray headerLine(const TransferKind& kind);
    qint64 count(const TransferKind& kind) const;

    struct Cancelled
    {
    };

private:
    qint64 each(const TransferKind& kind, const std::function<void(const QByteArray& line)>& out,
                const Progress& progress, const std::atomic<bool>* cancel) const;
    QSqlDatabase m_db;
};
