#pragma once

#include "domain/User.h"
#include "setup/ListsChoice.h"

#include <optional>

class Clock;
class Database;

// Who works in the window: the first-start setup (SetupWizard) when the database has no usable
// administrator (a new database; an older one whose "admin" never got a password), else the
// sign-in (SignInDialog). The same after File > Sign out.
class StartFlow
{
public:
    struct Result
    {
        User user;
        std::optional<ListsChoice> listsChoice; // only after the first-start setup
    };
    // Nothing when the person cancelled.
    static std::optional<Result> run(Database& database, const Clock& clock);
};
