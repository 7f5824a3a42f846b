#include "setup/StartFlow.h"

#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/Services.h"
#include "setup/SetupWizard.h"

std::optional<StartFlow::Result> StartFlow::run(Database& database, const Clock& clock)
{
    UserService users = Services(database, clock).make<UserService>();
    if (!users.hasUsableAdministrator()) {
        SetupWizard wizard(database, clock);
        if (wizard.exec() != QDialog::Accepted)
            return std::nullopt;
        return Result {wizard.administrator(), wizard.listsChoice()};
    }
    SignInDialog signIn(database.path(), clock);
    if (signIn.exec() != QDialog::Accepted)
        return std::nullopt;
    return Result {signIn.user(), std::nullopt};
}
