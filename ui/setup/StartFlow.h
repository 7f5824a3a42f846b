#pragma once

#include "domain/User.h"
#include "setup/ListsChoice.h"

#include <memory>
#include <optional>

class Clock;
class Database;

// Who works in the window: the first-start setup (SetupWizard) when the database has no usable
// administrator (a new database; an older one whose "admin" never got a password), else the
// sign-in (SignInDialog). The same after File > Sign out. The setup of a new file may instead
// connect to the office's server (Result::serverAddress): the window then opens that database.
class StartFlow
{
public:
    struct Result
    {
        User user;
        std::optional<ListsChoice> listsChoice; // only after the first-start setup
        QString serverAddress; // set instead of a user: the setup connected to this server
    };
    // Nothing when the person cancelled.
    static std::optional<Result> run(Database& database, const Clock& clock);
    // A file made for this start and left unused (its setup cancelled, or a server chosen
    // instead): closed and removed, so that no empty database stays behind. A server's stays.
    static void discardNewFile(std::unique_ptr<Database>& database);
};
