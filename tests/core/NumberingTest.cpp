#include "FlowDriver.h"
#include "UserError.h"
#include "db/Sql.h"

#include <QMutex>
#include <QSet>
#include <QThread>

#include <catch2/catch.hpp>

TEST_CASE("Two connections saving at once get distinct numbers and lose nothing", "[numbering]")
{
    TestDatabase t;
    const QString path = t.path();
    const IntakeData intake = FlowDriver(t).intake();
    const User sales = t.sales;
    constexpr int perThread = 40;
    QStringList errors;
    QMutex errorsLock;
    auto worker = [&]() {
        try {
            Database db(path);
            MockClock clock;
            WorkflowService flow(db.connection(), clock);
            for (int i = 0; i < perThread; ++i)
                flow.logCase(sales, intake);
        } catch (const UserError& e) {
            QMutexLocker lock(&errorsLock);
            errors.append(e.message());
        }
    };
    std::unique_ptr<QThread> a(QThread::create(worker));
    std::unique_ptr<QThread> b(QThread::create(worker));
    a->start();
    b->start();
    a->wait();
    b->wait();
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK(errors.isEmpty());
    QSet<QString> numbers;
    QSqlQuery q = Sql::exec(t.connection(), QStringLiteral("SELECT number FROM cases"));
    while (q.next())
        numbers.insert(q.value(0).toString());
    CHECK(numbers.size() == 2 * perThread);
    CHECK(numbers.contains(QStringLiteral("QI-2026-00001")));
    CHECK(numbers.contains(QStringLiteral("QI-2026-00080")));
}

TEST_CASE("A failed save takes no number and numbers restart with the year", "[numbering]")
{
    TestDatabase t;
    FlowDriver d(t);
    d.clock.set(QDateTime(QDate(2026, 12, 31), QTime(10, 0), Qt::UTC));
    CHECK(d.flow.load(d.log()).number == QStringLiteral("QI-2026-00001"));
    IntakeData bad = d.intake();
    bad.symptom.clear();
    CHECK_THROWS_AS(d.flow.logCase(t.sales, bad), UserError);
    CHECK(d.flow.load(d.log()).number == QStringLiteral("QI-2026-00002"));
    d.clock.set(QDateTime(QDate(2027, 1, 2), QTime(1, 0), Qt::UTC));
    CHECK(d.flow.load(d.log()).number == QStringLiteral("QI-2027-00001"));
    // Numbers are unique in the database itself.
    CHECK_THROWS(Sql::exec(
        t.connection(),
        QStringLiteral("UPDATE cases SET number = 'QI-2026-00001' WHERE number = 'QI-2026-00002'")));
}
