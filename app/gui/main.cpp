#include "AppOptions.h"
#include "UserError.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "sample/SampleData.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
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
        const bool fresh = !QFileInfo::exists(options.databasePath);
        database = std::make_unique<Database>(options.databasePath);
        if (options.demo && fresh) {
            SampleOptions sample;
            sample.cases = 5000;
            SampleData::generate(database->connection(), sample);
        }
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
    window.show();
    if (options.exitAfterShow) {
        QTimer::singleShot(0, &window, [&window]() {
            std::printf("QualityLoop window opened: %s\n", qPrintable(window.windowTitle()));
            window.close();
        });
    }
    return QApplication::exec();
}
