#pragma once

#include <QCoreApplication>
#include <QString>

// What a password must be, checked in core for every way a password is set (the window's setup,
// the command line's init, a change, an administrator's reset, a new user).
class PasswordRules
{
    Q_DECLARE_TR_FUNCTIONS(PasswordRules)
public:
    static constexpr int minimumLength = 8; // characters, not bytes: 8 Chinese characters will do
    static constexpr int maximumLength = 256;

    // The rule in words, to show beside a password field.
    static QString description();
    // Empty when the password may be used by this user, else which rule it breaks, in words.
    static QString problem(const QString& password, const QString& username);
    // Throws UserError with the problem on the field (the form's key of the password field).
    static void check(const QString& password, const QString& username,
                      const QString& field = QStringLiteral("password"));
};
