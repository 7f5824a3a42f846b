#include "auth/PasswordWork.h"

#include "UserError.h"
#include "auth/UserService.h"
#include "common/BackgroundTask.h"
#include "db/Database.h"
#include "db/Services.h"

QString PasswordWork::run(QWidget* parent, const QString& databasePath, const Clock& clock,
                          const QString& label, const std::function<void(UserService& users)>& work,
                          QMap<QString, QString>* fieldErrors)
{
    return runWith(
        parent, databasePath, clock, label,
        [&work](const Services& services) {
            UserService users = services.make<UserService>();
            work(users);
        },
        fieldErrors);
}

QString PasswordWork::runWith(QWidget* parent, const QString& databasePath, const Clock& clock,
                              const QString& label, const std::function<void(const Services& services)>& work,
                              QMap<QString, QString>* fieldErrors)
{
    // The map is written on the worker thread and read here after the worker has finished.
    QMap<QString, QString> fields;
    const QString problem = BackgroundTask::run(
        parent, label, [databasePath, &clock, work, &fields](const BackgroundTask::Progress&) {
            Database::Options options;
            options.create = false;
            options.backgroundCheckpoint = false; // closed again at once
            Database database(databasePath, options);
            try {
                work(Services(database, clock));
            } catch (const UserError& error) {
                fields = error.fieldErrors();
                throw;
            }
        });
    if (fieldErrors)
        *fieldErrors = problem.isEmpty() ? QMap<QString, QString>() : fields;
    return problem;
}
