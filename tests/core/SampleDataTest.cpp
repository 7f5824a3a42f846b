#include "sample/SampleData.h"

#include "UserError.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/CaseStatus.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QStringList out;
    QSqlQuery q = Sql::exec(db, sql);
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}
} // namespace

TEST_CASE("Sample data has cases in every stage of the flow, overdue ones, and a filled search index",
          "[sample]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("sample.sqlite")));
    SampleOptions options;
    options.cases = 3000;
    options.seed = 7;
    options.now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    SampleData::generate(db.connection(), options);
    const QSqlDatabase c = db.connection();
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 3000);
    const QStringList statuses = column(c, QStringLiteral("SELECT DISTINCT status FROM cases"));
    for (CaseStatus s : CaseStatuses::all()) {
        INFO(CaseStatuses::code(s).toStdString());
        CHECK(statuses.contains(CaseStatuses::code(s)));
    }
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM cases WHERE next_due_at < ?"),
                      {options.now.toSecsSinceEpoch()})
              .toInt()
          > 10);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM case_search")).toInt() == 3000);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() > 3000 * 5);
    // Numbers continue after the sample ones.
    const QString last
        = Sql::scalar(c, QStringLiteral("SELECT number FROM cases ORDER BY id DESC LIMIT 1")).toString();
    const int lastNo = last.section(u'-', 2).toInt();
    CHECK(
        Sql::scalar(c, QStringLiteral("SELECT last FROM counters WHERE kind = 'QI' AND year = 2026")).toInt()
        == lastNo);
    // The sample people can sign in with the demo password.
    CHECK(UserService(c).signIn(QStringLiteral("quality"), SampleData::demoPassword()).role
          == Role::QualityEngineer);
    // Never into a database that has cases.
    CHECK_THROWS_AS(SampleData::generate(c, options), UserError);
}

TEST_CASE("The same seed makes the same sample", "[sample]")
{
    QTemporaryDir dir;
    SampleOptions options;
    options.cases = 500;
    options.seed = 42;
    options.now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    QStringList first;
    for (const char* name : {"a.sqlite", "b.sqlite"}) {
        Database db(dir.filePath(QString::fromLatin1(name)));
        SampleData::generate(db.connection(), options);
        const QStringList rows = column(
            db.connection(), QStringLiteral("SELECT number || status || symptom FROM cases ORDER BY id"));
        if (first.isEmpty())
            first = rows;
        else
            CHECK(rows == first);
    }
}
