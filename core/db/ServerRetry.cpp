#include "db/ServerRetry.h"

#include "db/DatabaseError.h"
#include "db/Sql.h"

#include <QRandomGenerator>
#include <QThread>

void ServerRetry::run(const QSqlDatabase& db, const std::function<void()>& body, int attempts)
{
    for (int attempt = 1;; ++attempt) {
        try {
            body();
            return;
        } catch (const DatabaseError& error) {
            // Kind::Locked on a server is only a serialization failure or a deadlock (ServerErrors).
            if (!Sql::isServer(db) || error.kind() != DatabaseError::Kind::Locked || attempt >= attempts)
                throw;
        }
        // The other save holds on for a moment: a random pause, so the two do not meet again.
        QThread::msleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(5, 20) * attempt));
    }
}
