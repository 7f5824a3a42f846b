#include "db/ServerPasswords.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace {
QMutex mutex; // background tasks open their own connections
QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> map;
    return map;
}
} // namespace

void ServerPasswords::remember(const QString& address, const QString& password)
{
    const QMutexLocker lock(&mutex);
    if (password.isEmpty())
        passwords().remove(address);
    else
        passwords().insert(address, password);
}

QString ServerPasswords::of(const QString& address)
{
    const QMutexLocker lock(&mutex);
    return passwords().value(address);
}
