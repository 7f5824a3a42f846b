#include "BackupCommands.h"

#include "CliCommands.h"
#include "ShellQuote.h"
#include "backup/DamageAdvice.h"
#include "backup/LocalBackupMemory.h"
#include "backup/OnlineBackup.h"
#include "backup/RestoreService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

#include <unistd.h>

namespace {
bool onTerminal()
{
    return ::isatty(STDERR_FILENO) != 0;
}

// Progress on a terminal, a line rewritten in place: "Backing up: 42 %" (nothing in a log).
OnlineBackup::Progress progressTo(QTextStream& err, const QString& label)
{
    if (!onTerminal())
        return {};
    auto last = std::make_shared<qint64>(-1);
    return [&err, label, last](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 0;
        if (percent == *last)
            return;
        *last = percent;
        err << label << ' ' << percent << " %\r";
        err.flush();
    };
}

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

QString BackupCommands::restoreCommand(const QString& backupPath, const QString& databasePath)
{
    return QStringLiteral("qualityloop-cli restore --backup %1 --database %2")
        .arg(shellQuoted(backupPath), shellQuoted(databasePath));
}

int BackupCommands::backup(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The backup FILE to write."),
                                    QStringLiteral("BACKUP"));
    parser.addOptions({database, output});
    if (!parser.parse(args) || !parser.isSet(database) || !parser.isSet(output)
        || !parser.positionalArguments().isEmpty())
        return cli.usage(tr("backup needs --database FILE and --output BACKUP."));
    const QString path = parser.value(database);
    const BackupResult made = OnlineBackup::make(path, parser.value(output), QDateTime::currentDateTimeUtc(),
                                                 progressTo(cli.err(), tr("Backing up:")));
    if (onTerminal())
        cli.err() << Qt::endl;
    LocalBackupMemory::setLastBackup(path, made.path);
    cli.out() << tr("Backed up %n case(s) to %1 (%2 MB, database version %3) in %4 s; SQLite's check of the "
                    "backup: ok.",
                    nullptr, static_cast<int>(made.facts.cases))
                     .arg(QDir::toNativeSeparators(made.path), megabytes(made.bytes))
                     .arg(made.facts.schemaVersion)
                     .arg(static_cast<double>(made.copyMs + made.checkMs) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return CliCommands::Ok;
}

int BackupCommands::restore(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption backup(QStringLiteral("backup"), tr("The backup FILE to restore."),
                                    QStringLiteral("BACKUP"));
    const QCommandLineOption database(QStringLiteral("database"), tr("The database FILE it replaces."),
                                      QStringLiteral("FILE"));
    parser.addOptions({backup, database});
    if (!parser.parse(args) || !parser.isSet(database) || !parser.isSet(backup)
        || !parser.positionalArguments().isEmpty())
        return cli.usage(tr("restore needs --backup BACKUP and --database FILE."));
    const RestoreResult done
        = RestoreService::restore(parser.value(backup), parser.value(database),
                                  QDateTime::currentDateTimeUtc(), progressTo(cli.err(), tr("Restoring:")));
    if (onTerminal())
        cli.err() << Qt::endl;
    const QString made
        = done.backup.madeAt.isValid() ? DamageAdvice::timeText(done.backup.madeAt) : tr("unknown");
    cli.out() << tr("Restored %n case(s) from the backup made on %1 into %2 (database version %3).", nullptr,
                    static_cast<int>(done.cases))
                     .arg(made, QDir::toNativeSeparators(done.databasePath))
                     .arg(done.schemaVersion)
              << Qt::endl;
    if (!done.asidePath.isEmpty())
        cli.out() << tr("The database as it was is kept as %1.").arg(QDir::toNativeSeparators(done.asidePath))
                  << Qt::endl;
    return CliCommands::Ok;
}
