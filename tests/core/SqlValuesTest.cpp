#include "TestDatabase.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"

#include <catch2/catch.hpp>

// Sql::exec on a server writes the values into the statement (one round trip instead of
// PREPARE, EXECUTE and DEALLOCATE); these checks hold on both engines.
namespace {
void makeTable(const QSqlDatabase& db)
{
    Sql::exec(
        db,
        TestDatabase::onServer()
            ? QStringLiteral("CREATE TEMP TABLE kept (id BIGINT, txt TEXT, data BYTEA, n BIGINT, x "
                             "DOUBLE PRECISION)")
            : QStringLiteral("CREATE TEMP TABLE kept (id INTEGER, txt TEXT, data BLOB, n INTEGER, x REAL)"));
}
} // namespace

TEST_CASE("Values given to a statement are stored exactly as given, quotes and placeholders in them too",
          "[sql]")
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    makeTable(db);
    const QStringList texts {QStringLiteral("it's a 'quote'"), QStringLiteral("back\\slash \\' end\\"),
                             QStringLiteral("what? -- not a comment /* nor this */ $$ $a$ ?"),
                             QStringLiteral("填料处泄漏"), QStringLiteral("")};
    QByteArray bytes;
    for (int b = 0; b < 256; ++b)
        bytes.append(char(b));
    for (int i = 0; i < texts.size(); ++i)
        Sql::exec(db, QStringLiteral("INSERT INTO kept(id, txt, data, n, x) VALUES (?, ?, ?, ?, ?)"),
                  {i, texts[i], bytes, qint64(-5) - i, 2.5});
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT txt, data, n, x FROM kept ORDER BY id"));
    for (const QString& text : texts) {
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == text);
        CHECK(q.value(1).toByteArray() == bytes);
        CHECK(q.value(3).toDouble() == 2.5);
    }
    CHECK_FALSE(q.next());
    q.finish();

    // A null QString is empty text; an invalid QVariant is NULL.
    Sql::exec(db, QStringLiteral("INSERT INTO kept(id, txt, n) VALUES (?, ?, ?)"),
              {10, QString(), QVariant()});
    QSqlQuery row
        = Sql::exec(db, QStringLiteral("SELECT txt IS NULL, txt, n IS NULL FROM kept WHERE id = ?"), {10});
    REQUIRE(row.next());
    CHECK_FALSE(row.value(0).toBool());
    CHECK(row.value(1).toString().isEmpty());
    CHECK(row.value(2).toBool());
    row.finish();

    // Only a "?" outside quotes and comments takes a value; a negative number after a minus stays one.
    CHECK(Sql::scalar(db, QStringLiteral("SELECT '?' || ? -- what?\n"), {QStringLiteral("a")}).toString()
          == QStringLiteral("?a"));
    CHECK(Sql::scalar(db, QStringLiteral("SELECT 5 -? /* ? */"), {-3}).toLongLong() == 8);
    CHECK(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM kept WHERE n < ?"), {qint64(-7)}).toLongLong()
          == 2);
}

TEST_CASE("A refused statement or a wrong number of values raises a database error and changes nothing",
          "[sql]")
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    makeTable(db);
    CHECK_THROWS_AS(Sql::exec(db, QStringLiteral("INSERT INTO no_such_table(id) VALUES (?)"), {1}),
                    DatabaseError);
    CHECK_THROWS_AS(Sql::exec(db, QStringLiteral("INSERT INTO kept(id, txt) VALUES (?, ?)"), {1}),
                    DatabaseError);
    CHECK_THROWS_AS(Sql::exec(db, QStringLiteral("INSERT INTO kept(id) VALUES (?)"), {1, 2}), DatabaseError);
    CHECK(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM kept")).toLongLong() == 0);
    // The connection still works after the refusals.
    Sql::exec(db, QStringLiteral("INSERT INTO kept(id, txt) VALUES (?, ?)"), {1, QStringLiteral("x")});
    CHECK(Sql::scalar(db, QStringLiteral("SELECT txt FROM kept WHERE id = ?"), {1}).toString()
          == QStringLiteral("x"));
}
