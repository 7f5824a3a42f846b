#include "backup/BackupCatalog.h"

#include "backup/BackupCheck.h"
#include "backup/BackupNames.h"
#include "backup/LocalBackupMemory.h"
#include "backup/SqliteFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {
// The stamp a backup carries (who it was made of, when), or nothing when it has none.
std::optional<BackupFacts> stampOf(const QString& path)
{
    try {
        const SqliteFile file(path, SqliteFile::Mode::ReadOnly, 200);
        return BackupCheck::stampOf(file);
    } catch (const SqliteFile::Failure&) {
        return std::nullopt;
    }
}
} // namespace

QList<BackupEntry> BackupCatalog::dailyBackups(const QString& databasePath, const QString& folder)
{
    QList<BackupEntry> found;
    if (folder.isEmpty())
        return found;
    const QString database = QFileInfo(databasePath).absoluteFilePath();
    const QDir dir(folder);
    const QStringList names
        = dir.entryList({QStringLiteral("*.") + BackupNames::extension()}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (!BackupNames::dailyTime(database, name).isValid())
            continue;
        const QString path = dir.absoluteFilePath(name);
        const std::optional<BackupFacts> stamp = stampOf(path);
        if (!stamp || stamp->source != database || !stamp->madeAt.isValid())
            continue;
        found.append({path, stamp->madeAt});
    }
    std::sort(found.begin(), found.end(),
              [](const BackupEntry& a, const BackupEntry& b) { return a.madeAt > b.madeAt; });
    return found;
}

std::optional<BackupEntry> BackupCatalog::newest(const QString& databasePath)
{
    QList<BackupEntry> known = dailyBackups(databasePath, LocalBackupMemory::dailyFolder(databasePath));
    const QString last = LocalBackupMemory::lastBackup(databasePath);
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        const std::optional<BackupFacts> stamp = stampOf(last);
        const QDateTime madeAt
            = stamp && stamp->madeAt.isValid() ? stamp->madeAt : QFileInfo(last).lastModified().toUTC();
        known.append({last, madeAt});
    }
    if (known.isEmpty())
        return std::nullopt;
    return *std::max_element(known.cbegin(), known.cend(),
                             [](const BackupEntry& a, const BackupEntry& b) { return a.madeAt < b.madeAt; });
}

QStringList BackupCatalog::keepNewest(const QString& databasePath, const QString& folder, int keep)
{
    QStringList removed;
    const QList<BackupEntry> daily = dailyBackups(databasePath, folder);
    for (qsizetype i = std::max(keep, 1); i < daily.size(); ++i)
        if (QFile::remove(daily.at(i).path))
            removed.append(daily.at(i).path);
    return removed;
}
