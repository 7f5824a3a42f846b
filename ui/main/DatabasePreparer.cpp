#include "main/DatabasePreparer.h"

#include "common/BackgroundTask.h"
#include "db/Database.h"
#include "db/Services.h"
#include "sample/SampleData.h"

#include <memory>

QString DatabasePreparer::prepare(QWidget* parent, const QString& path, qint64 demoCases, int delayMs,
                                  DatabaseError::Backup* damaged)
{
    auto newest = std::make_shared<DatabaseError::Backup>(); // written by the worker, read after it
    const QString label = demoCases > 0 ? tr("Making the demonstration database with %n sample case(s)…",
                                             nullptr, static_cast<int>(demoCases))
                                        : tr("Opening the database…");
    const QString problem = BackgroundTask::run(
        parent, label,
        [path, demoCases, newest](const BackgroundTask::Progress& progress) {
            Database::Options options;
            options.backgroundCheckpoint = false; // closed again at once
            options.progress = progress; // the duties of an older database's open cases, once
            std::unique_ptr<Database> opened;
            try {
                opened = std::make_unique<Database>(path, options);
            } catch (const DatabaseError& error) {
                *newest = error.newestBackup();
                throw;
            }
            Database& database = *opened;
            if (demoCases > 0) {
                SampleOptions sample;
                sample.cases = demoCases;
                sample.progress = progress;
                sample.loops = true; // the demonstration shows the customer loops too
                const SystemClock clock;
                Services(database, clock).call(&SampleData::generate, sample);
            }
        },
        delayMs);
    if (damaged)
        *damaged = *newest;
    return problem;
}
