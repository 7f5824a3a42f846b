#include "auth/PasswordWork.h"

#include "auth/UserService.h"
#include "common/BackgroundTask.h"
#include "db/Database.h"

QString PasswordWork::run(QWidget* parent, const QString& databasePath, const QString& label,
                          const std::function<void(UserService& users)>& work)
{
    return BackgroundTask::run(parent, label, [databasePath, work](const BackgroundTask::Progress&) {
        Database::Options options;
        options.create = false;
        options.backgroundCheckpoint = false; // closed again at once
        Database database(databasePath, options);
        UserService users(database.connection());
        work(users);
    });
}
