#include "admin/FirstStart.h"

#include "auth/UserService.h"

User FirstStart::run(const QSqlDatabase& db, const Clock& clock, const User& administrator,
                     const QString& password, const CompanySettings& company, const DeadlineRules& rules)
{
    SettingsService::validate(company, rules);
    const User admin = UserService(db, clock).createFirstAdministrator(administrator, password);
    SettingsService(db).save(admin, company, rules);
    return admin;
}
