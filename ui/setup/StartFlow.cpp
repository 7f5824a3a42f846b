#include "setup/StartFlow.h"

#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "backup/OnlineBackup.h"
#include "db/Database.h"
#include "db/Services.h"
#include "setup/SetupWizard.h"

std::optional<StartFlow::Result> StartFlow::run(Database& database, const Clock& clock)
{
    UserService users = Services(database, clock).make<UserService>();
    if (!users.hasUsableAdministrator()) {
        SetupWizard wizard(database, clock);
        const int answer = wizard.exec();
        if (!wizard.serverAddress().isEmpty())
            return Result {User(), std::nullopt, wizard.serverAddress()};
        if (answer != QDialog::Accepted)
            return std::nullopt;
        return Result {wizard.administrator(), wizard.listsChoice(), QString()};
    }
    SignInDialog signIn(database.path(), clock);
    if (signIn.exec() != QDialog::Accepted)
        return std::nullopt;
    return Result {signIn.user(), std::nullopt, QString()};
}

void StartFlow::discardNewFile(std::unique_ptr<Database>& database)
{
    if (!database || database->isServer())
        return;
    const QString path = database->path();
    database.reset(); // closed first: then the file and its log go
    OnlineBackup::discard(path);
}
