#include "AppOptions.h"
#include "UserError.h"
#include "admin/DamagedDatabasePrompt.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "main/ConnectServerDialog.h"
#include "main/DatabasePreparer.h"
#include "main/GuardedApplication.h"
#include "main/MainWindow.h"
#include "main/StartupReport.h"
#include "setup/FirstStartChoice.h"
#include "setup/StartFlow.h"
#include "setup/StartupProblem.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace {
void nameTheProgram()
{
    QCoreApplication::setApplicationName(QStringLiteral("qualityloop"));
    QCoreApplication::setOrganizationName(QStringLiteral("QualityLoop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QL_VERSION));
}
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer started; // issue 5: the first page within 0.3 s of process start
    started.start();
    // Issue 12.9: --help and --version print and exit 0 on a machine without a display (a
    // QApplication would abort there before reading them).
    if (AppOptions::asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameTheProgram();
        Translations::install(QSettings().value(QStringLiteral("language")).toString());
        int exitCode = 0;
        AppOptions::parse(app, exitCode);
        return std::max(exitCode, 0);
    }
    GuardedApplication app(argc, argv); // an error reaching the event loop is shown, not fatal
    nameTheProgram();
    QApplication::setApplicationDisplayName(QStringLiteral("QualityLoop"));
    QApplication::setDesktopFileName(QStringLiteral("com.example.qualityloop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/qualityloop.svg")));

    Translations::install(QSettings().value(QStringLiteral("language")).toString());

    int exitCode = -1;
    const AppOptions options = AppOptions::parse(app, exitCode);
    if (exitCode >= 0)
        return exitCode;

    SystemClock clock;
    std::unique_ptr<Database> database;
    QString databasePath = options.databasePath;
    // A file made by this start: removed again when its first-start setup is cancelled or
    // connects to a server instead (StartFlow::discardNewFile), so no empty database stays.
    bool madeNow = false;
    while (!database) {
        try {
            // Checks, migrations, a search index to rebuild, the demonstration's sample cases: off
            // the GUI thread, with a progress dialog when it takes a while.
            const bool fresh = !QFileInfo::exists(databasePath);
            DatabaseError::Backup damaged;
            QString problem = DatabasePreparer::prepare(nullptr, databasePath,
                                                        options.demo && fresh ? 5000 : 0, 400, &damaged);
            // A damaged file with a backup this PC knows of: offered for restoring right here.
            if (!problem.isEmpty() && !damaged.path.isEmpty() && !options.exitAfterShow) {
                if (!DamagedDatabasePrompt::offerRestore(nullptr, problem, damaged))
                    return 1;
                problem = DatabasePreparer::prepare(nullptr, databasePath);
            }
            if (!problem.isEmpty())
                throw UserError(problem);
            database = std::make_unique<Database>(databasePath);
            madeNow = fresh;
        } catch (const UserError& error) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            // A server down, a wrong password, a missing file: try again, or another database.
            const std::optional<QString> next
                = options.exitAfterShow ? std::nullopt : StartupProblem::ask(error.message(), databasePath);
            if (!next)
                return 1;
            databasePath = *next;
        }
    }

    // Who works in the window: the first-start setup on a database without a usable
    // administrator, else the sign-in; again after File > Sign out, and on the database of File >
    // Connect to server… With --exit-after-show (installation checks) nobody is there to type, so
    // the first user is used.
    bool firstRound = true;
    QString nextDatabase;
    for (;;) {
        if (!nextDatabase.isEmpty()) { // the last window is gone: nothing uses the old database now
            try {
                std::unique_ptr<Database> next = std::make_unique<Database>(nextDatabase);
                if (madeNow)
                    StartFlow::discardNewFile(database);
                madeNow = false;
                database = std::move(next);
            } catch (const UserError& error) { // the dialog connected a moment ago; stay where we were
                QMessageBox::warning(nullptr,
                                     QApplication::translate("main", "QualityLoop cannot open the database"),
                                     error.message());
            }
            nextDatabase.clear();
        }
        User user;
        std::optional<ListsChoice> listsChoice;
        if (options.exitAfterShow) {
            const QList<User> all = UserService(database->connection(), clock).users();
            if (!all.isEmpty())
                user = all.first();
        } else {
            const std::optional<StartFlow::Result> start = StartFlow::run(*database, clock);
            if (!start) {
                if (madeNow)
                    StartFlow::discardNewFile(database);
                return 0;
            }
            if (!start->serverAddress.isEmpty()) { // the setup of a new file connected to a server
                nextDatabase = start->serverAddress;
                continue;
            }
            madeNow = false;
            user = start->user;
            listsChoice = start->listsChoice;
        }

        if (database->isServer() && !options.demo) // where this PC's window starts next time
            ConnectServerDialog::rememberAddress(database->path());
        MainWindow window(*database, clock, user);
        if (options.startPage == QLatin1String("cases") || options.scrollRows > 0)
            window.showCaseList();
        else if (options.startPage == QLatin1String("flow"))
            window.showFlowChart();
        window.show();
        if (listsChoice)
            FirstStartChoice::follow(window, *listsChoice);
        std::unique_ptr<StartupReport> report;
        if (firstRound && (options.exitAfterShow || options.reportStartup || options.scrollRows > 0)) {
            StartupReport::Options reportOptions;
            reportOptions.waitForCounts = options.reportStartup;
            reportOptions.scrollRows = options.scrollRows;
            reportOptions.closeWhenDone = options.exitAfterShow || options.scrollRows > 0;
            report = std::make_unique<StartupReport>(window, started, reportOptions);
        }
        firstRound = false;
        bool signedOut = false;
        QObject::connect(&window, &MainWindow::signOutRequested, &window,
                         [&window, &signedOut]() { signedOut = window.close(); });
        QObject::connect(&window, &MainWindow::connectRequested, &window,
                         [&window, &signedOut, &nextDatabase](const QString& address) {
                             signedOut = window.close();
                             if (signedOut)
                                 nextDatabase = address;
                         });
        const int code = QApplication::exec();
        if (!signedOut)
            return code;
    }
}
