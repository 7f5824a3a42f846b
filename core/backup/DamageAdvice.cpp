#include "backup/DamageAdvice.h"

#include "backup/BackupCatalog.h"

#include <QDir>
#include <QFileInfo>

DatabaseError DamageAdvice::withNewestBackup(const DatabaseError& error, const QString& databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return error;
    const QString database = QFileInfo(databasePath).absoluteFilePath();
    const std::optional<BackupEntry> newest = BackupCatalog::newest(database);
    if (!newest)
        return error;
    const QString name = QDir::toNativeSeparators(database);
    const QString backup = QDir::toNativeSeparators(newest->path);
    QString message;
    if (error.kind() == DatabaseError::Kind::Corrupt)
        message = tr("The database file “%1” is damaged; QualityLoop did not change it. The newest backup of "
                     "it was made on %2: “%3”. Restoring it brings back everything saved up to then.")
                      .arg(name, timeText(newest->madeAt), backup);
    else
        message = error.message() + u' '
            + tr("If it was your QualityLoop database, it is damaged. The newest backup of it was made on "
                 "%1: "
                 "“%2”. Restoring it brings back everything saved up to then.")
                  .arg(timeText(newest->madeAt), backup);
    return DatabaseError(error.kind(), message, {database, newest->path, newest->madeAt});
}

QString DamageAdvice::timeText(const QDateTime& madeAt)
{
    return madeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
