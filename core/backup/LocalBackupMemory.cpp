#include "backup/LocalBackupMemory.h"

#include <QFileInfo>
#include <QSettings>

namespace {
// The window and the command line read the same file whatever the application that links core.
QSettings settings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("QualityLoop"),
                     QStringLiteral("qualityloop"));
}

// One group per database file; a path cannot be a key as it is ('/' separates groups).
QString key(const QString& databasePath, const char* name)
{
    const QByteArray path = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("backups/%1/%2")
        .arg(QString::fromLatin1(
                 path.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
             QLatin1String(name));
}

void store(const QString& databasePath, const char* name, const QString& value)
{
    QSettings s = settings();
    if (value.isEmpty()) {
        s.remove(key(databasePath, name));
        return;
    }
    s.setValue(key(databasePath, "database"), QFileInfo(databasePath).absoluteFilePath()); // for people
    s.setValue(key(databasePath, name), value);
}
} // namespace

QString LocalBackupMemory::dailyFolder(const QString& databasePath)
{
    return settings().value(key(databasePath, "dailyFolder")).toString();
}

void LocalBackupMemory::setDailyFolder(const QString& databasePath, const QString& folder)
{
    store(databasePath, "dailyFolder", folder);
}

QString LocalBackupMemory::lastBackup(const QString& databasePath)
{
    return settings().value(key(databasePath, "lastBackup")).toString();
}

void LocalBackupMemory::setLastBackup(const QString& databasePath, const QString& backupPath)
{
    store(databasePath, "lastBackup", QFileInfo(backupPath).absoluteFilePath());
}
