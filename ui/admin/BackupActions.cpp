#include "admin/BackupActions.h"

#include "UserError.h"
#include "backup/BackupNames.h"
#include "backup/DamageAdvice.h"
#include "backup/LocalBackupMemory.h"
#include "backup/OnlineBackup.h"
#include "backup/RestoreService.h"
#include "common/BackgroundTask.h"
#include "db/ServerAddress.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace {
QString filter()
{
    return BackupActions::tr("QualityLoop backups (*.%1);;All files (*)").arg(BackupNames::extension());
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A file dialog the tests can find and fill in (objectName), as a person would.
QString askFile(QWidget* parent, const QString& objectName, const QString& title,
                QFileDialog::AcceptMode mode, const QString& suggestion)
{
    QFileDialog dialog(parent, title, suggestion, filter());
    dialog.setObjectName(objectName);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog.setDefaultSuffix(BackupNames::extension());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void tell(QWidget* parent, QMessageBox::Icon icon, const QString& objectName, const QString& title,
          const QString& text, const QString& details = {})
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setObjectName(objectName);
    box.setInformativeText(details);
    box.exec();
}

// On a server the backups are the administrator's, with pg_dump on the server: said before anything
// is asked, in a clerk's words (who does it), the tools named for the administrator.
bool refusedOnServer(QWidget* parent, const QString& databasePath)
{
    if (OnlineBackup::serverRefusal(databasePath).isEmpty())
        return false;
    const ServerAddress server = ServerAddress::parse(databasePath);
    tell(parent, QMessageBox::Information, QStringLiteral("serverBackup"),
         BackupActions::tr("Backups of a server database"),
         BackupActions::tr("The office's administrator backs up the shared database “%1” on the server %2 "
                           "(with pg_dump; a backup is put back with pg_restore, as README “A shared office” "
                           "says). There is nothing to do here: if you need something from a backup, ask "
                           "your administrator. Nothing was written.")
             .arg(server.database, server.host));
    return true;
}

// The folder a person last backed up into, else the daily folder, else Documents.
QString suggestedFolder(const QString& databasePath)
{
    const QString last = LocalBackupMemory::lastBackup(databasePath);
    if (!last.isEmpty() && QFileInfo(QFileInfo(last).absolutePath()).isDir())
        return QFileInfo(last).absolutePath();
    const QString daily = LocalBackupMemory::dailyFolder(databasePath);
    if (!daily.isEmpty() && QFileInfo(daily).isDir())
        return daily;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

bool BackupActions::backUpNow(QWidget* parent, const QString& databasePath)
{
    if (refusedOnServer(parent, databasePath))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString suggestion
        = QDir(suggestedFolder(databasePath)).filePath(BackupNames::suggestedFileName(databasePath, now));
    const QString output = askFile(parent, QStringLiteral("backupFileDialog"), tr("Back up the database to"),
                                   QFileDialog::AcceptSave, suggestion);
    if (output.isEmpty())
        return false;
    BackupResult made;
    const QString problem
        = BackgroundTask::run(parent, tr("Backing up the database… People can go on working meanwhile."),
                              [&](const BackgroundTask::Progress& progress) {
                                  made = OnlineBackup::make(databasePath, output, now, progress);
                              });
    if (!problem.isEmpty()) {
        tell(parent, QMessageBox::Warning, QStringLiteral("backupFailed"), tr("No backup was made"), problem);
        return false;
    }
    LocalBackupMemory::setLastBackup(databasePath, made.path);
    tell(parent, QMessageBox::Information, QStringLiteral("backupDone"), tr("Backup made"),
         tr("The database is backed up to “%1”.").arg(shown(made.path)),
         tr("%n case(s), %1 MB, checked by SQLite and found sound. Keep a copy away from this PC (another "
            "disk, a USB drive) so that a broken disk cannot take both.",
            nullptr, static_cast<int>(made.facts.cases))
             .arg(QLocale().toString(static_cast<double>(made.bytes) / (1024.0 * 1024.0), 'f', 1)));
    return true;
}

bool BackupActions::restore(QWidget* parent, const QString& databasePath)
{
    if (refusedOnServer(parent, databasePath))
        return false;
    const QString backup
        = askFile(parent, QStringLiteral("restoreFileDialog"), tr("Choose the backup to restore"),
                  QFileDialog::AcceptOpen, suggestedFolder(databasePath));
    if (backup.isEmpty())
        return false;
    return restoreFile(parent, backup, databasePath);
}

bool BackupActions::restoreFile(QWidget* parent, const QString& backupPath, const QString& databasePath)
{
    BackupFacts facts;
    try {
        facts = RestoreService::inspect(backupPath);
    } catch (const UserError& refused) {
        tell(parent, QMessageBox::Warning, QStringLiteral("restoreRefused"),
             tr("This backup cannot be restored"), refused.message());
        return false;
    }
    const QString made = facts.madeAt.isValid()
        ? DamageAdvice::timeText(facts.madeAt)
        : DamageAdvice::timeText(QFileInfo(backupPath).lastModified());
    QMessageBox ask(
        QMessageBox::Question, tr("Restore the backup?"),
        tr("Restore the backup made on %1 (%n case(s))?", nullptr, static_cast<int>(facts.cases)).arg(made),
        QMessageBox::Cancel, parent);
    ask.setObjectName(QStringLiteral("restoreConfirm"));
    ask.setInformativeText(
        tr("The database “%1” is replaced by this backup: whatever was saved after %2 is no longer in it. "
           "The "
           "database as it is now is first kept aside as “%3”.\n\nOther windows using this database show the "
           "restored data; ask the people working in it to stop saving until it is done.")
            .arg(
                shown(databasePath), made,
                QFileInfo(BackupNames::asidePath(databasePath, QDateTime::currentDateTimeUtc())).fileName()));
    QPushButton* go = ask.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("restoreButton"));
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != go)
        return false;

    RestoreResult done;
    const QString problem = BackgroundTask::run(
        parent, tr("Restoring the backup…"), [&](const BackgroundTask::Progress& progress) {
            done = RestoreService::restore(backupPath, databasePath, QDateTime::currentDateTimeUtc(),
                                           progress);
        });
    if (!problem.isEmpty()) {
        tell(parent, QMessageBox::Warning, QStringLiteral("restoreFailed"), tr("The backup was not restored"),
             problem);
        return false;
    }
    tell(
        parent, QMessageBox::Information, QStringLiteral("restoreDone"), tr("Backup restored"),
        tr("The backup made on %1 is restored: %n case(s).", nullptr, static_cast<int>(done.cases)).arg(made),
        done.asidePath.isEmpty() ? QString()
                                 : tr("The database as it was is kept as “%1”.").arg(shown(done.asidePath)));
    return true;
}
