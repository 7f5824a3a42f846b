// Issue 10, item 7 in the window: File > Back up now…, File > Restore…, the daily backup of the
// settings, and the offer to restore the newest backup of a damaged database. Each dialog is
// filled in as a person would and saved as a picture to build/screenshots.
#include "FlowDriver.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "TestPaths.h"
#include "admin/AutoBackup.h"
#include "admin/DamagedDatabasePrompt.h"
#include "admin/SettingsDialog.h"
#include "admin/SettingsService.h"
#include "backup/BackupCatalog.h"
#include "backup/LocalBackupMemory.h"
#include "backup/OnlineBackup.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "i18n/Translations.h"
#include "main/DatabasePreparer.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "queue/MyWorkPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>
#include <functional>
#include <map>

namespace {
// Answers the modal dialogs that come up, by their object names, while an action runs.
class DialogDriver
{
public:
    using Answer = std::function<void(QWidget*)>;
    explicit DialogDriver(std::map<QString, Answer> answers)
        : m_answers(std::move(answers))
    {
        m_timer.setInterval(30);
        QObject::connect(&m_timer, &QTimer::timeout, [this]() {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible() || modal == m_last)
                return;
            const auto answer = m_answers.find(modal->objectName());
            if (answer == m_answers.end()) {
                // A dialog the test did not expect is closed after a while, so the test fails
                // instead of waiting for ever (the progress of the work is expected).
                if (modal->objectName() == QLatin1String("backgroundTaskProgress"))
                    return;
                if (modal != m_unexpected) {
                    m_unexpected = modal;
                    m_since.start();
                } else if (m_since.elapsed() > 10000) {
                    m_seen.append(QStringLiteral("unexpected ")
                                  + QString::fromLatin1(modal->metaObject()->className()));
                    if (auto* dialog = qobject_cast<QDialog*>(modal))
                        dialog->reject();
                }
                return;
            }
            m_last = modal;
            m_seen.append(modal->objectName());
            answer->second(modal);
        });
        m_timer.start();
    }
    const QStringList& seen() const { return m_seen; }

private:
    std::map<QString, Answer> m_answers;
    QTimer m_timer;
    QPointer<QWidget> m_last; // a dialog answered and not closed yet
    QPointer<QWidget> m_unexpected;
    QElapsedTimer m_since;
    QStringList m_seen;
};

void shoot(QWidget* w, const QString& name)
{
    if (name.isEmpty())
        return;
    QDir().mkpath(testPath("QL_SCREENSHOT_DIR"));
    w->grab().save(testPath("QL_SCREENSHOT_DIR") + QStringLiteral("/") + name);
}

DialogDriver::Answer chooseFile(const QString& path)
{
    return [path](QWidget* w) {
        auto* dialog = qobject_cast<QFileDialog*>(w);
        REQUIRE(dialog != nullptr);
        // Typed into the file name field, as a person does (the whole path).
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        REQUIRE(name != nullptr);
        name->setText(path);
        shoot(dialog, dialog->objectName() + QStringLiteral("_en.png"));
        static_cast<QDialog*>(dialog)->accept();
    };
}

DialogDriver::Answer readAndClose(QString* text, const QString& picture)
{
    return [text, picture](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        REQUIRE(box != nullptr);
        *text = box->text() + u'\n' + box->informativeText();
        shoot(box, picture);
        box->accept();
    };
}

DialogDriver::Answer clickButton(const QString& button, QString* text, const QString& picture)
{
    return [button, text, picture](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        REQUIRE(box != nullptr);
        *text = box->text() + u'\n' + box->informativeText();
        shoot(box, picture);
        auto* b = box->findChild<QPushButton*>(button);
        REQUIRE(b != nullptr);
        b->click();
    };
}

qint64 cases(const TestDatabase& t)
{
    return Sql::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
}

QStringList fileMenu(MainWindow& window)
{
    QStringList names;
    for (QAction* a : window.menuBar()->actions().constFirst()->menu()->actions())
        names.append(a->objectName());
    return names;
}
} // namespace

TEST_CASE("The administrator backs up and restores the database from the File menu", "[gui][backup]")
{
    TestDatabase t;
    FlowDriver f(t);
    f.flow.logCase(t.sales, f.intake());
    f.flow.logCase(t.sales, f.intake());
    MockClock clock;
    QTemporaryDir dir;
    MainWindow window(t.db(), clock, t.admin);
    window.show();
    MainActions& actions = window.mainActions();
    CHECK(fileMenu(window).contains(QStringLiteral("actionBackUpNow")));
    CHECK(fileMenu(window).contains(QStringLiteral("actionRestoreBackup")));

    // File > Back up now…: a file name, then where it went.
    const QString backup = dir.filePath(QStringLiteral("office-backup.qlbackup"));
    QString done;
    {
        DialogDriver driver(
            {{QStringLiteral("backupFileDialog"), chooseFile(backup)},
             {QStringLiteral("backupDone"), readAndClose(&done, QStringLiteral("20_backup_done_en.png"))}});
        actions.backUpNow->trigger();
        CHECK(driver.seen()
              == QStringList {QStringLiteral("backupFileDialog"), QStringLiteral("backupDone")});
    }
    REQUIRE(QFileInfo::exists(backup));
    CHECK(done.contains(QDir::toNativeSeparators(backup)));
    CHECK(done.contains(QStringLiteral("2 case")));
    CHECK(LocalBackupMemory::lastBackup(t.path()) == backup);

    // Three more cases, then File > Restore… brings back the two of the backup.
    for (int i = 0; i < 3; ++i)
        f.flow.logCase(t.sales, f.intake());
    REQUIRE(cases(t) == 5);
    QString question;
    QString restored;
    {
        DialogDriver driver({{QStringLiteral("restoreFileDialog"), chooseFile(backup)},
                             {QStringLiteral("restoreConfirm"),
                              clickButton(QStringLiteral("restoreButton"), &question,
                                          QStringLiteral("21_restore_confirm_en.png"))},
                             {QStringLiteral("restoreDone"),
                              readAndClose(&restored, QStringLiteral("22_restore_done_en.png"))}});
        actions.restoreBackup->trigger();
        CHECK(driver.seen().size() == 3);
    }
    CHECK(question.contains(QStringLiteral("2 case")));
    CHECK(question.contains(QStringLiteral("kept aside")));
    CHECK(restored.contains(QStringLiteral("before-restore-")));
    CHECK(cases(t) == 2); // the window's own connection reads the restored file
    CHECK(window.isVisible()); // the administrator is in the restored database: the window stays
    CHECK(window.currentPage() == static_cast<QWidget*>(window.myWorkPage()));

    // Cancel at the question: nothing happens.
    f.flow.logCase(t.sales, f.intake());
    {
        QString ignored;
        DialogDriver driver({{QStringLiteral("restoreFileDialog"), chooseFile(backup)},
                             {QStringLiteral("restoreConfirm"), [&ignored](QWidget* w) {
                                  auto* box = qobject_cast<QMessageBox*>(w);
                                  ignored = box->text();
                                  box->button(QMessageBox::Cancel)->click();
                              }}});
        actions.restoreBackup->trigger();
        CHECK(driver.seen().size() == 2);
    }
    CHECK(cases(t) == 3);

    // A file that is no backup is refused with the reason, and nothing changes.
    const QString notes = dir.filePath(QStringLiteral("notes.qlbackup"));
    QFile junk(notes);
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(5000, 'x'));
    junk.close();
    QString refusal;
    {
        DialogDriver driver({{QStringLiteral("restoreFileDialog"), chooseFile(notes)},
                             {QStringLiteral("restoreRefused"),
                              readAndClose(&refusal, QStringLiteral("23_restore_refused_en.png"))}});
        actions.restoreBackup->trigger();
    }
    CHECK(refusal.contains(QStringLiteral("not a database file")));
    CHECK(cases(t) == 3);
}

TEST_CASE("Only an administrator sees File > Restore, and everyone may back up", "[gui][backup]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow window(t.db(), clock, t.sales);
    CHECK(fileMenu(window).contains(QStringLiteral("actionBackUpNow")));
    CHECK_FALSE(fileMenu(window).contains(QStringLiteral("actionRestoreBackup")));
}

TEST_CASE("The daily backup is set in the settings and made by the window", "[gui][backup][settings]")
{
    TestDatabase t;
    MockClock clock(QDateTime::currentDateTimeUtc());
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("daily"));
    MainWindow window(t.db(), clock, t.admin);
    window.show();
    {
        SettingsDialog dialog(window.session(), &window);
        dialog.show();
        auto* tabs = dialog.findChild<QTabWidget*>();
        tabs->setCurrentWidget(dialog.findChild<QWidget*>(QStringLiteral("backupsTab")));
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("backupFolder"));
        REQUIRE(field != nullptr);
        field->setText(folder);
        shoot(&dialog, QStringLiteral("24_settings_backups_en.png"));
        Translations::install(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents(); // the dialog retranslates on its LanguageChange event
        shoot(&dialog, QStringLiteral("24_settings_backups_zh_CN.png"));
        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        field->setText(QStringLiteral("not/absolute"));
        CHECK_FALSE(dialog.save());
        CHECK_FALSE(dialog.fieldError(QStringLiteral("backupFolder")).isEmpty());
        CHECK(tabs->currentWidget()->objectName() == QStringLiteral("backupsTab"));
        field->setText(folder);
        REQUIRE(dialog.save());
    }
    CHECK(SettingsService(t.connection()).backups().folder == folder);
    CHECK(LocalBackupMemory::dailyFolder(t.path()) == folder);

    QSignalSpy finished(&window.autoBackup(), &AutoBackup::finished);
    window.autoBackup().setSettings(SettingsService(t.connection()).backups());
    REQUIRE(window.autoBackup().checkNow());
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().at(0).toBool());
    CHECK(BackupCatalog::dailyBackups(t.path(), folder).size() == 1);
    // Once a day: a second check makes none.
    REQUIRE(window.autoBackup().checkNow());
    CHECK_FALSE(finished.wait(1500));
    CHECK(BackupCatalog::dailyBackups(t.path(), folder).size() == 1);
}

TEST_CASE("A damaged database offers its newest backup and restores it right there", "[gui][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plant.sqlite"));
    {
        TestDatabase t; // a world to copy from
        FlowDriver f(t);
        f.flow.logCase(t.sales, f.intake());
        OnlineBackup::make(t.path(), dir.filePath(QStringLiteral("plant.qlbackup")),
                           QDateTime::currentDateTimeUtc());
    }
    const QString backup = dir.filePath(QStringLiteral("plant.qlbackup"));
    LocalBackupMemory::setLastBackup(path, backup); // as File > Back up now remembers it
    QFile damaged(path);
    REQUIRE(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray("SQLite format 3").append('\0').append(QByteArray(8176, '\x5A')));
    damaged.close();
    // What the window's start does (app/gui/main.cpp): the file is prepared off the GUI thread.
    DatabaseError::Backup newest;
    const QString message = DatabasePreparer::prepare(nullptr, path, 0, 400, &newest);
    CHECK(message.contains(QDir::toNativeSeparators(backup)));
    REQUIRE(newest.path == backup);

    QString shown;
    // Close: nothing is restored.
    {
        DialogDriver driver({{QStringLiteral("damagedDatabase"), [&shown](QWidget* w) {
                                  auto* box = qobject_cast<QMessageBox*>(w);
                                  shown = box->text();
                                  shoot(box, QStringLiteral("25_damaged_offer_en.png"));
                                  box->button(QMessageBox::Close)->click();
                              }}});
        CHECK_FALSE(DamagedDatabasePrompt::offerRestore(nullptr, message, newest));
    }
    CHECK(shown == message);
    // Restore this backup…: asked, restored, and the file opens again.
    QString question;
    QString restored;
    {
        DialogDriver driver(
            {{QStringLiteral("damagedDatabase"),
              [](QWidget* w) { w->findChild<QPushButton*>(QStringLiteral("restoreNewest"))->click(); }},
             {QStringLiteral("restoreConfirm"),
              clickButton(QStringLiteral("restoreButton"), &question, QString())},
             {QStringLiteral("restoreDone"), readAndClose(&restored, QString())}});
        CHECK(DamagedDatabasePrompt::offerRestore(nullptr, message, newest));
    }
    Database reopened(path);
    CHECK(Sql::scalar(reopened.connection(), QStringLiteral("SELECT count(*) FROM cases")).toLongLong() == 1);
}
