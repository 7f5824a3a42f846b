#include "AppOptions.h"
#include "UserError.h"
#include "admin/DamagedDatabasePrompt.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "main/DatabasePreparer.h"
#include "main/MainWindow.h"
#include "main/StartupReport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    QElapsedTimer started; // issue 5: the first page within 0.3 s of process start
    started.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("qualityloop"));
    QApplication::setApplicationDisplayName(QStringLiteral("QualityLoop"));
    QApplication::setOrganizationName(QStringLiteral("QualityLoop"));
    QApplication::setApplicationVersion(QStringLiteral(QL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("com.example.qualityloop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/qualityloop.svg")));

    Translations::install(QSettings().value(QStringLiteral("language")).toString());

    int exitCode = -1;
    const AppOptions options = AppOptions::parse(app, exitCode);
    if (exitCode >= 0)
        return exitCode;

    SystemClock clock;
    std::unique_ptr<Database> database;
    try {
        // Checks, migrations, a search index to rebuild, the demonstration's sample cases: off the
        // GUI thread, with a progress dialog when it takes a while.
        const bool fresh = !QFileInfo::exists(options.databasePath);
        DatabaseError::Backup damaged;
        QString problem = DatabasePreparer::prepare(nullptr, options.databasePath,
                                                    options.demo && fresh ? 5000 : 0, 400, &damaged);
        // A damaged file with a backup this PC knows of: offered for restoring right here.
        if (!problem.isEmpty() && !damaged.path.isEmpty() && !options.exitAfterShow) {
            if (!DamagedDatabasePrompt::offerRestore(nullptr, problem, damaged))
                return 1;
            problem = DatabasePreparer::prepare(nullptr, options.databasePath);
        }
        if (!problem.isEmpty())
            throw UserError(problem);
        database = std::make_unique<Database>(options.databasePath);
    } catch (const UserError& error) {
        if (!options.exitAfterShow)
            QMessageBox::critical(nullptr,
                                  QApplication::translate("main", "QualityLoop cannot open the database"),
                                  error.message());
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }

    // Sign in first: the window shows each person what their role may do. With
    // --exit-after-show (installation checks) nobody is there to type, so the first user is used.
    User user;
    UserService users(database->connection());
    if (options.exitAfterShow) {
        const QList<User> all = users.users();
        if (!all.isEmpty())
            user = all.first();
    } else {
        SignInDialog signIn(users);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        user = signIn.user();
    }

    MainWindow window(*database, clock, user);
    if (options.startPage == QLatin1String("cases") || options.scrollRows > 0)
        window.showCaseList();
    else if (options.startPage == QLatin1String("flow"))
        window.showFlowChart();
    window.show();
    std::unique_ptr<StartupReport> report;
    if (options.exitAfterShow || options.reportStartup || options.scrollRows > 0) {
        StartupReport::Options reportOptions;
        reportOptions.waitForCounts = options.reportStartup;
        reportOptions.scrollRows = options.scrollRows;
        reportOptions.closeWhenDone = options.exitAfterShow || options.scrollRows > 0;
        report = std::make_unique<StartupReport>(window, started, reportOptions);
    }
    return QApplication::exec();
}
