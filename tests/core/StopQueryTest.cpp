// Issue 3 (closing the window does not wait for a count): a read on one thread can be stopped
// from another by a flag, set during it or before it.
#include "TestDatabase.h"
#include "db/Sql.h"

#include <atomic>
#include <catch2/catch.hpp>

TEST_CASE("A long read stops as soon as its stop flag is set", "[pg-todo][db]")
{
    TestDatabase t;
    const QString count = QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                         "WHERE x < 1000000) SELECT count(*) FROM c");
    std::atomic<bool> stop {false};
    Sql::stopWhen(Sql::handle(t.connection()), &stop);
    CHECK(Sql::scalar(t.connection(), count).toInt() == 1000000);
    stop = true;
    CHECK_THROWS(Sql::scalar(t.connection(), count));
    // The next long statement stops too (a short one finishes: it is over before SQLite looks).
    CHECK_THROWS(Sql::scalar(t.connection(),
                             QString(count).replace(QStringLiteral("1000000"), QStringLiteral("2000000"))));
    Sql::stopWhen(Sql::handle(t.connection()), nullptr);
    CHECK(Sql::scalar(t.connection(), count).toInt() == 1000000);
}
