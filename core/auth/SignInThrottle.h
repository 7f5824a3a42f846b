#pragma once

#include "Clock.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Wrong passwords slow the guessing down: after 5 wrong passwords for a user name, each further
// try waits longer (30 s, 1 min, 2 min, ... at most 15 min from the last wrong one). The count
// lives in the database (table sign_in_failures), so restarting the program does not reset it,
// and it is kept for any name typed, known or not, so the wait tells nobody which names exist.
// A right password (outside a wait) or an administrator's reset clears it.
class SignInThrottle
{
    Q_DECLARE_TR_FUNCTIONS(SignInThrottle)
public:
    static constexpr int freeTries = 5;
    static constexpr qint64 firstWaitSeconds = 30;
    static constexpr qint64 longestWaitSeconds = 15 * 60;

    SignInThrottle(QSqlDatabase db, const Clock& clock);

    // Throws UserError "Too many wrong passwords: try again in 30 s" while the name must wait.
    void checkAllowed(const QString& username) const;
    // Counts a wrong password; returns the wait it starts (0 while tries are free).
    qint64 recordFailure(const QString& username);
    void clear(const QString& username);
    int failures(const QString& username) const;

    // How long the try after this many wrong passwords waits, in seconds.
    static qint64 waitAfter(int failures);
    // "Too many wrong passwords: try again in 30 s" (or "in 4 min").
    static QString waitMessage(qint64 seconds);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};
