// A file whose office moved to a server (qualityloop-cli migrate marks it: MovedFile) refuses
// every change afterwards, for every program: a window signed in on it before the move, another
// program, a command; it can still be read. The tester's case: a window left open on the file
// went on saving there after the move, and what it logged never reached the server.
// The move itself, on a real server: tests/pg/PgMigrateTest.
#include "db/MovedFile.h"

#include "CliRun.h"
#include "FlowDriver.h"
#include "TestPaths.h"
#include "cases/CaseListQuery.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "reference/ReferenceData.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace {
const QString owner = QStringLiteral("postgresql://qualityloop_owner@192.0.2.7:5433/quality");
const QString server = QStringLiteral("postgresql://192.0.2.7:5433/quality");

// As migrate does once the copy is verified: the marker in a write transaction of its own.
void markMoved(const QString& path)
{
    Database::Options options;
    options.backgroundCheckpoint = false;
    const Database mover(path, options);
    Transaction lock(mover.connection());
    MovedFile::mark(mover.connection(), owner);
    lock.commit();
}

// The kind and the words of what a call threw; Query and empty words when it threw nothing.
std::pair<DatabaseError::Kind, QString> thrown(const std::function<void()>& f)
{
    try {
        f();
    } catch (const DatabaseError& e) {
        return {e.kind(), e.message()};
    }
    return {DatabaseError::Kind::Query, QString()};
}

struct Run
{
    int code;
    QString err;
};

Run otherProgram(const QString& database, const QStringList& args)
{
    QProcess p;
    p.start(testPath("QL_OTHER_PROGRAM"), QStringList {database} + args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

qint64 count(const QSqlDatabase& db, const QString& table)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}
} // namespace

TEST_CASE("a moved file refuses the saves of a window signed in before the move, and says where the office "
          "went",
          "[moved][sqlite-file]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 first = d.log(); // the window was working on the file
    const QSqlDatabase window = t.connection();
    const qint64 cases = count(window, QStringLiteral("cases"));
    const qint64 entries = count(window, QStringLiteral("audit_log"));

    markMoved(t.path());

    // The next case the clerk logs in that window: refused, with where to go, nothing saved.
    const auto [kind, words] = thrown([&] { d.log(); });
    CHECK(kind == DatabaseError::Kind::Moved);
    CHECK(words
          == QStringLiteral("This office has moved to the server %1: File > Connect to server… (nothing was "
                            "saved here).")
                 .arg(server));
    // A step of a case already there, and a setting: the same.
    CHECK(thrown([&] { d.toRecorded(first); }).first == DatabaseError::Kind::Moved);
    CHECK(thrown([&] {
              ReferenceData(window).setSetting(QStringLiteral("company.name"), QStringLiteral("X"));
          }).first
          == DatabaseError::Kind::Moved);
    CHECK(count(window, QStringLiteral("cases")) == cases);
    CHECK(count(window, QStringLiteral("audit_log")) == entries);
    CHECK(CaseListQuery(window, d.clock).count({}) == cases); // reading goes on

    // Every table refuses each kind of change in SQLite itself, whatever the statement says.
    QSqlQuery tables = Sql::exec(window,
                                 QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                                                "AND type = 'table' AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    tables.finish();
    REQUIRE(names.size() > 50);
    for (const QString& table : names) {
        INFO(table.toStdString());
        CHECK(Sql::scalar(window,
                          QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                         "tbl_name = ? AND name LIKE 'moved_%'"),
                          {table})
                  .toInt()
              == 3);
    }
    for (const QString& statement :
         {QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES ('company.name', 'X')"),
          QStringLiteral("INSERT OR IGNORE INTO settings(key, value) VALUES ('new.key', 'X')"),
          QStringLiteral("UPDATE cases SET symptom = 'changed'"), QStringLiteral("DELETE FROM customers"),
          QStringLiteral("DELETE FROM users"),
          QStringLiteral("DELETE FROM settings WHERE key = 'office.moved_to'")}) {
        INFO(statement.toStdString());
        CHECK(thrown([&] { Sql::exec(window, statement); }).first == DatabaseError::Kind::Moved);
    }
    CHECK(MovedFile::movedTo(window) == server);
}

TEST_CASE("a moved file cannot be opened to write by any program, and is still read by the commands",
          "[moved][sqlite-file]")
{
    TestDatabase t;
    FlowDriver d(t);
    d.log();
    const QString path = t.path();
    markMoved(path);
    CHECK(MovedFile::movedTo(path) == server); // what the window's start-up box fills in

    // Another copy of the program, and this one opening it again.
    const Run other
        = otherProgram(path, {QStringLiteral("setting"), QStringLiteral("k"), QStringLiteral("v")});
    CHECK(other.code == 1);
    CHECK(other.err.contains(QStringLiteral("This office has moved to the server %1").arg(server)));
    const auto [kind, words] = thrown([&] { const Database again(path); });
    CHECK(kind == DatabaseError::Kind::Moved);
    CHECK(words.contains(QStringLiteral("Connect to a server…")));
    CHECK(words.contains(QStringLiteral("--database postgresql://LOGIN@192.0.2.7:5433/quality")));
    CHECK(words.contains(QStringLiteral("Nothing was changed.")));

    // A command that writes is refused (exit 1), one that reads reads.
    const CliRun upgrade = runCli({QStringLiteral("upgrade"), QStringLiteral("--database"), path});
    CHECK(upgrade.code == 1);
    CHECK(upgrade.err.contains(QStringLiteral("This office has moved to the server %1").arg(server)));
    const CliRun cases = runCli({QStringLiteral("cases"), QStringLiteral("--database"), path});
    CHECK(cases.code == 0);
    CHECK(cases.out.contains(QStringLiteral("QI-")));
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("Moved: to the server %1").arg(server)));
    const CliRun exported
        = runCli({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--database"), path,
                  QStringLiteral("--output"), t.dir() + QStringLiteral("/customers.csv")});
    CHECK(exported.code == 0);
}
