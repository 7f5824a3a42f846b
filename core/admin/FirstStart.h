#pragma once

#include "Clock.h"
#include "admin/SettingsService.h"
#include "domain/User.h"

#include <QSqlDatabase>

// The first start of a database (issue 11, item 1): the company and its working time, and the
// administrator, as the window's setup asks for them. The settings are checked before the
// administrator is made, so a wrong value makes nothing; then the administrator is made
// (UserService::createFirstAdministrator) and saves the settings.
class FirstStart
{
public:
    // Returns the new administrator; throws UserError (fields named) and changes nothing when
    // a value is refused or the database already has an administrator.
    static User run(const QSqlDatabase& db, const Clock& clock, const User& administrator,
                    const QString& password, const CompanySettings& company, const DeadlineRules& rules);
};
