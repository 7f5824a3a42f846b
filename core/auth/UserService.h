#pragma once

#include "Clock.h"
#include "auth/SignInThrottle.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// Users, their roles and passwords (issue 10, item 9). A database gets its administrator when
// it is made (createFirstAdministrator); changing a password needs the current one, or an
// administrator's reset; wrong passwords make the next try wait (SignInThrottle); an unknown
// user name costs as long as a wrong password. Administrators create users, deactivate and
// reactivate them (never delete: they are named in the cases and the audit log), reset
// passwords and change roles and units; each change goes to the audit log (who, when, old,
// new; case_id NULL), a password only as the count of its changes. The last active
// administrator can be neither deactivated nor demoted.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    explicit UserService(QSqlDatabase db, const Clock& clock = systemClock());

    // An active administrator with a password: without one, nobody could administer the database,
    // and the window runs its first-start setup.
    bool hasUsableAdministrator() const;
    // Makes the administrator of a database that has no usable one (a new database; an older one
    // whose "admin" never got a password: an account of that name without a password becomes
    // the administrator). Refused once a usable administrator exists.
    User createFirstAdministrator(const User& administrator, const QString& password);

    // Throws UserError when the name or the password is wrong, the name must wait after wrong
    // passwords, or the account is deactivated.
    User signIn(const QString& username, const QString& password);
    void changeOwnPassword(const User& actor, const QString& currentPassword, const QString& newPassword);

    // Only an administrator. A password an administrator chose is changed by the user at the
    // next sign-in (User::mustChangePassword). Returns the new user's id.
    qint64 createUser(const User& actor, const User& newUser, const QString& password);
    void resetPassword(const User& actor, qint64 userId, const QString& newPassword);
    void setActive(const User& actor, qint64 userId, bool active);
    void changeRole(const User& actor, qint64 userId, Role role, qint64 unitId = 0, qint64 technicianId = 0);

    std::optional<User> user(qint64 id) const;
    std::optional<User> userByName(const QString& username) const;
    QList<User> users() const; // deactivated ones too, by user name
    int wrongPasswords(const QString& username) const { return m_throttle.failures(username.trimmed()); }

    const QSqlDatabase& connection() const { return m_db; }
    const Clock& clock() const { return m_clock; }
    static const Clock& systemClock();

private:
    void requireAdministrator(const User& actor, const QString& refusal) const;
    void checkNewAccount(const User& user, const QString& password) const;
    void refuseLosingLastAdministrator(const User& target, const QString& refusal) const;
    QString passwordHashOf(qint64 userId) const;
    qint64 insertUser(qint64 actorId, qint64 id, const User& user);
    void storePassword(qint64 actorId, qint64 userId, const QString& hash, bool mustChange);

    QSqlDatabase m_db;
    const Clock& m_clock;
    SignInThrottle m_throttle;
};
