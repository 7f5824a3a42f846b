#pragma once

#include <QMap>
#include <QString>

#include <functional>

class Clock;
class QWidget;
class Services;
class UserService;

// Argon2id is slow on purpose: signing in, setting a password and creating a user hash or
// check a password off the GUI thread (BackgroundTask), through a UserService over a connection
// of its own to the same database file, while the window keeps painting.
class PasswordWork
{
public:
    // Returns an empty string when the work is done, else the refusal in words; the refusal's
    // fields (UserError::fieldErrors) go to fieldErrors when given.
    static QString run(QWidget* parent, const QString& databasePath, const Clock& clock, const QString& label,
                       const std::function<void(UserService& users)>& work,
                       QMap<QString, QString>* fieldErrors = nullptr);
    // The same for work that needs more of core than the users (the first start's writes).
    static QString runWith(QWidget* parent, const QString& databasePath, const Clock& clock,
                           const QString& label, const std::function<void(const Services& services)>& work,
                           QMap<QString, QString>* fieldErrors = nullptr);
};
