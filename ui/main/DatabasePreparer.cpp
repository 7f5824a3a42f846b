#include "main/DatabasePreparer.h"

#include "common/BackgroundTask.h"
#include "db/Database.h"
#include "sample/SampleData.h"

QString DatabasePreparer::prepare(QWidget* parent, const QString& path, qint64 demoCases, int delayMs)
{
    const QString label = demoCases > 0 ? tr("Making the demonstration database with %n sample case(s)…",
                                             nullptr, static_cast<int>(demoCases))
                                        : tr("Opening the database…");
    return BackgroundTask::run(
        parent, label,
        [path, demoCases](const BackgroundTask::Progress& progress) {
            Database::Options options;
            options.backgroundCheckpoint = false; // closed again at once
            Database database(path, options);
            if (demoCases > 0) {
                SampleOptions sample;
                sample.cases = demoCases;
                sample.progress = progress;
                SampleData::generate(database.connection(), sample);
            }
        },
        delayMs);
}
