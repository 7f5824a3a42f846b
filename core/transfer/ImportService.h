#pragma once

#include "Clock.h"
#include "domain/User.h"
#include "transfer/ColumnMapping.h"
#include "transfer/CsvReader.h"
#include "transfer/ImportOptions.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>

class RowImporter;

// Imports a CSV file of one kind (issue 11, item 4): every row through the lists' core
// (ListService, with the checks a person's entry gets) or, for past cases, PastCaseImporter;
// all in ONE transaction, each row in a savepoint of its own. A file with a bad row imports
// nothing, unless only the good rows are wanted; every bad row is listed with its line and the
// reason. A cancelled import, a dry run and a refused file leave the database as it was.
// Allowed to administrators and the office (ListRules), checked here, not only in the window.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    ImportService(QSqlDatabase db, const Clock& clock);

    static bool mayImport(const User& user);
    // Throws UserError when the user may not import, DatabaseError when the database fails,
    // ImportService::Cancelled when cancel became true (nothing kept).
    ImportResult run(const User& actor, const TransferKind& kind, const CsvTable& table,
                     const ColumnMapping& mapping, const ImportOptions& options,
                     const Progress& progress = {}, const std::atomic<bool>* cancel = nullptr);
    // The importer of a kind (the benchmark and the tests use it too).
    static std::unique_ptr<RowImporter> importer(QSqlDatabase db, const Clock& clock, const User& actor,
                                                 const TransferKind& kind, const ImportOptions& options);

    struct Cancelled
    {
    };

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};
