#include "TestPaths.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace {
QByteArray digest(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void makeDatabase(const QString& path)
{
    Database db(path);
}

DatabaseError::Kind openError(const QString& path, QString* message = nullptr, int busyMs = 300)
{
    try {
        Database::Options options;
        options.busyTimeoutMs = busyMs;
        Database db(path, options);
    } catch (const DatabaseError& e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    FAIL("the database opened although it should not have");
    return DatabaseError::Kind::Query;
}

int cli(const QStringList& args, QString* err = nullptr)
{
    QProcess p;
    p.start(testPath("QL_CLI_PATH"), args);
    p.waitForFinished(30000);
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitCode();
}
} // namespace

TEST_CASE("A file that is not a database gets a clear message and is not changed", "[sqlite-file][baddb]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prices.xlsx"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("PK\x03\x04 this is a spreadsheet, not a database; ").repeated(20));
    f.close();
    const QByteArray before = digest(path);
    QString message;
    CHECK(openError(path, &message) == DatabaseError::Kind::NotADatabase);
    CHECK(message.contains(QStringLiteral("not a QualityLoop database")));
    CHECK(digest(path) == before);
    QString err;
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--database"), path}, &err) == 3);
    CHECK(err.contains(QStringLiteral("not a QualityLoop database")));
    CHECK(digest(path) == before);
}

TEST_CASE("A damaged database gets a clear message and is not changed", "[sqlite-file][baddb]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    makeDatabase(path);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(100);
    f.write(QByteArray(2000, '\xA5'));
    f.close();
    const QByteArray before = digest(path);
    QString message;
    CHECK(openError(path, &message) == DatabaseError::Kind::Corrupt);
    CHECK(message.contains(QStringLiteral("damaged")));
    CHECK(digest(path) == before);
    CHECK(cli({QStringLiteral("cases"), QStringLiteral("--database"), path}) == 3);
    CHECK(digest(path) == before);
}

TEST_CASE("A database from a newer version is refused and not changed", "[sqlite-file][baddb]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    makeDatabase(path);
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(Migrator::latestVersion() + 1);
    REQUIRE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    const QByteArray before = digest(path);
    QString message;
    CHECK(openError(path, &message) == DatabaseError::Kind::NewerVersion);
    CHECK(message.contains(QStringLiteral("newer version of QualityLoop")));
    CHECK(digest(path) == before);
    QString err;
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--database"), path}, &err) == 3);
    CHECK(err.contains(QStringLiteral("newer version")));
}

TEST_CASE("A read-only database is refused for writing, still readable by the command line",
          "[sqlite-file][baddb]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
    makeDatabase(path);
    REQUIRE(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = digest(path);
    QString message;
    CHECK(openError(path, &message) == DatabaseError::Kind::ReadOnly);
    CHECK(message.contains(QStringLiteral("read-only")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--database"), path}) == 0);
    CHECK(digest(path) == before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("A database locked by another program gets a clear message and is not changed",
          "[sqlite-file][baddb]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    makeDatabase(path);
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other,
                         "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                         "INSERT INTO settings(key, value) VALUES ('held', 'by another program');",
                         nullptr, nullptr, nullptr)
            == SQLITE_OK);
    QString message;
    CHECK(openError(path, &message) == DatabaseError::Kind::Locked);
    CHECK(message.contains(QStringLiteral("in use by another program")));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    Database db(path); // free again: opens normally, nothing lost
    CHECK(db.schemaVersion() == Migrator::latestVersion());
}

TEST_CASE("The window says why it cannot open a bad file and exits with an error",
          "[sqlite-file][baddb][window]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(500, 'x'));
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(testPath("QL_APP_PATH"),
            {QStringLiteral("--database"), path, QStringLiteral("--exit-after-show")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 1);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("not a QualityLoop database")));
}
