#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// Users, their roles and passwords. Passwords are hashed with Argon2id (libsodium) and never
// stored or logged in clear.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    explicit UserService(QSqlDatabase db);

    // Only an administrator may create users. Returns the new user's id.
    qint64 createUser(const User& actor, const User& newUser, const QString& password);
    // The same without an actor, for the first administrator and for sample data.
    qint64 createUserUnchecked(const User& newUser, const QString& password);
    void setPassword(qint64 userId, const QString& password);
    // Throws UserError when the name or the password is wrong, or the account is disabled.
    User signIn(const QString& username, const QString& password) const;
    bool needsPassword(const QString& username) const; // a new account with no password yet
    std::optional<User> user(qint64 id) const;
    std::optional<User> userByName(const QString& username) const;
    QList<User> users() const;
    // The file of the connection: password work runs on another thread over a connection of its own.
    QString databasePath() const { return m_db.databaseName(); }

    static QString hashPassword(const QString& password);
    static bool verifyPassword(const QString& hash, const QString& password);

private:
    QSqlDatabase m_db;
};
