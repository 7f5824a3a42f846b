#include "backup/BackupNames.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {
QString baseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");
} // namespace

QString BackupNames::dailyFileName(const QString& databasePath, const QDateTime& madeAt)
{
    return QStringLiteral("%1-daily-%2.%3")
        .arg(baseName(databasePath), madeAt.toLocalTime().toString(stampFormat), extension());
}

QDateTime BackupNames::dailyTime(const QString& databasePath, const QString& fileName)
{
    const QRegularExpression pattern(
        QStringLiteral("^%1-daily-(\\d{8}-\\d{6})\\.%2$")
            .arg(QRegularExpression::escape(baseName(databasePath)), extension()));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return {};
    return QDateTime::fromString(match.captured(1), stampFormat); // local time
}

QString BackupNames::suggestedFileName(const QString& databasePath, const QDateTime& now)
{
    return QStringLiteral("%1-%2.%3")
        .arg(baseName(databasePath), now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")),
             extension());
}

QString BackupNames::asidePath(const QString& databasePath, const QDateTime& now)
{
    const QString base = QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".before-restore-")
        + now.toLocalTime().toString(stampFormat);
    QString path = base;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("-%1").arg(n);
    return path;
}

QString BackupNames::temporaryPath(const QString& finalPath)
{
    QString path;
    do {
        path = finalPath
            + QStringLiteral(".part-%1")
                  .arg(static_cast<qulonglong>(QRandomGenerator::global()->generate()), 8, 16,
                       QLatin1Char('0'));
    } while (QFileInfo::exists(path));
    return path;
}
