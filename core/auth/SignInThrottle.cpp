#include "auth/SignInThrottle.h"

#include "UserError.h"
#include "db/Sql.h"

#include <algorithm>

SignInThrottle::SignInThrottle(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

qint64 SignInThrottle::waitAfter(int failures)
{
    if (failures < freeTries)
        return 0;
    qint64 wait = firstWaitSeconds;
    for (int extra = failures - freeTries; extra > 0 && wait < longestWaitSeconds; --extra)
        wait *= 2;
    return std::min(wait, longestWaitSeconds);
}

QString SignInThrottle::waitMessage(qint64 seconds)
{
    if (seconds <= 90)
        return tr("Too many wrong passwords: try again in %1 s").arg(std::max<qint64>(seconds, 1));
    return tr("Too many wrong passwords: try again in %1 min").arg((seconds + 59) / 60);
}

void SignInThrottle::checkAllowed(const QString& username) const
{
    QSqlQuery q = Sql::exec(
        m_db, QStringLiteral("SELECT failures, last_failure_at FROM sign_in_failures WHERE username = ?"),
        {username});
    if (!q.next())
        return;
    const int failures = q.value(0).toInt();
    const qint64 last = q.value(1).toLongLong();
    q.finish();
    const qint64 remaining = last + waitAfter(failures) - m_clock.now().toSecsSinceEpoch();
    if (remaining > 0)
        throw UserError(waitMessage(remaining));
}

qint64 SignInThrottle::recordFailure(const QString& username)
{
    Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO sign_in_failures(username, failures, last_failure_at) VALUES (?, 1, ?) "
                       "ON CONFLICT(username) DO UPDATE SET failures = sign_in_failures.failures + 1, "
                       "last_failure_at = excluded.last_failure_at"),
        {username, m_clock.now().toSecsSinceEpoch()});
    return waitAfter(failures(username));
}

void SignInThrottle::clear(const QString& username)
{
    Sql::exec(m_db, QStringLiteral("DELETE FROM sign_in_failures WHERE username = ?"), {username});
}

int SignInThrottle::failures(const QString& username) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT failures FROM sign_in_failures WHERE username = ?"),
                       {username})
        .toInt();
}
