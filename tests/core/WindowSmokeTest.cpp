#include "TestPaths.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("The window opens offscreen on a new database, which is created and migrated", "[window]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/new.sqlite"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // the line checked below is in English
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(testPath("QL_APP_PATH"),
            {QStringLiteral("--database"), path, QStringLiteral("--exit-after-show")});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("window opened")));
    REQUIRE(QFile::exists(path));
    Database db(path);
    CHECK(db.schemaVersion() == Migrator::latestVersion());
}
