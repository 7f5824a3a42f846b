#include "PgServer.h"
#include "TestPaths.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <memory>
#include <vector>

TEST_CASE("case and sheet numbers stay unique and gapless, and the count of all cases exact, with 20 clients "
          "saving at once on a server",
          "[pg]")
{
    ScratchDatabase scratch;
    qint64 customer = 0, user = 0;
    {
        const Database db(scratch.url());
        const QSqlDatabase c = db.connection();
        customer = Sql::scalar(c, QStringLiteral("INSERT INTO customers(name) VALUES ('Acme') RETURNING id"))
                       .toLongLong();
        user = Sql::scalar(c,
                           QStringLiteral("INSERT INTO users(username, display_name, role, created_at) "
                                          "VALUES ('clerk', 'Clerk', 'sales', 0) RETURNING id"))
                   .toLongLong();
    }
    constexpr int clients = 20;
    constexpr int saves = 10; // each: 8 kept, 2 taken back
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < clients; ++i) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->start(
            testPath("QL_PG_NUMBERS"),
            {scratch.url(), QString::number(saves), QString::number(customer), QString::number(user)});
    }
    QStringList cases, sheets;
    for (auto& p : processes) {
        REQUIRE(p->waitForFinished(60000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitCode() == 0);
        for (const QByteArray& line : p->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 3 && words.at(0) == "saved") {
                cases.append(QString::fromUtf8(words.at(1)));
                sheets.append(QString::fromUtf8(words.at(2)));
            }
        }
    }
    const int kept = clients * (saves - saves / 5);
    REQUIRE(cases.size() == kept);
    const auto series = [kept](const QString& prefix) {
        QSet<QString> numbers;
        for (int n = 1; n <= kept; ++n)
            numbers.insert(QStringLiteral("%1-2026-%2").arg(prefix).arg(n, 5, 10, QLatin1Char('0')));
        return numbers;
    };
    // Every acknowledged save has its own numbers, and together they are 1..kept without a gap.
    CHECK(QSet<QString>(cases.begin(), cases.end()) == series(QStringLiteral("QI")));
    CHECK(QSet<QString>(sheets.begin(), sheets.end()) == series(QStringLiteral("FS")));
    const Database db(scratch.url());
    QSet<QString> stored;
    QSqlQuery q = Sql::exec(db.connection(),
                            QStringLiteral("SELECT c.number || ' ' || s.number FROM cases c "
                                           "JOIN feedback_sheets s ON s.case_id = c.id"));
    while (q.next())
        stored.insert(q.value(0).toString());
    q.finish();
    QSet<QString> acknowledged;
    for (int i = 0; i < cases.size(); ++i)
        acknowledged.insert(cases.at(i) + u' ' + sheets.at(i));
    CHECK(stored == acknowledged);
    // The kept count of all cases (migration 032) took every kept save and none taken back.
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT total FROM case_count")).toInt() == kept);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM cases")).toInt() == kept);
}
