#pragma once

#include <QCoreApplication>
#include <QString>

// Argon2id through libsodium: the one way a password is hashed and checked. A password is never
// stored or logged in clear.
class PasswordHash
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHash)
public:
    static QString hash(const QString& password);
    // False for an empty hash (an account without a password) as for a wrong password.
    static bool verify(const QString& hash, const QString& password);
    // Checks the password against a hash of nothing, at the cost of a real check: an unknown user
    // name then takes as long as a wrong password and tells nobody which names exist.
    static void verifyDummy(const QString& password);
    // The hash verifyDummy checks against; made with the parameters hash() uses (a test compares them).
    static QString dummyHash();
};
