#include "PgServer.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
using Columns = QMap<QString, QSet<QString>>; // table -> its columns

Columns serverColumns(const QSqlDatabase& db)
{
    Columns columns;
    QSqlQuery q = Sql::exec(db,
                            QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                           "WHERE table_schema = current_schema()"));
    while (q.next())
        columns[q.value(0).toString()].insert(q.value(1).toString());
    return columns;
}

Columns fileColumns(const QSqlDatabase& db)
{
    Columns columns;
    QSqlQuery tables = Sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    tables.finish();
    for (const QString& table : names) {
        QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
        while (q.next())
            columns[table].insert(q.value(0).toString());
    }
    return columns;
}

int serverObjects(const QSqlDatabase& db)
{
    return Sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                      "c.relnamespace WHERE n.nspname = current_schema()"))
        .toInt();
}
} // namespace

TEST_CASE("the migrations make the same tables and columns on an empty server database as in a file", "[pg]")
{
    ScratchDatabase scratch;
    Columns server;
    {
        const Database db(scratch.url());
        CHECK(db.isServer());
        CHECK(db.schemaVersion() == Database::latestSchemaVersion());
        server = serverColumns(db.connection());
    }
    QTemporaryDir dir;
    const Database file(dir.filePath(QStringLiteral("same.sqlite")));
    Columns expected = fileColumns(file.connection());
    // SQLite's full-text index is a virtual table with shadow tables; the server keeps the same
    // text with its tokens in one table (case_search: id, body, tokens).
    for (auto it = expected.begin(); it != expected.end();)
        it = it.key().startsWith(QLatin1String("case_search")) ? expected.erase(it) : std::next(it);
    CHECK(server.take(QStringLiteral("case_search"))
          == QSet<QString> {QStringLiteral("id"), QStringLiteral("body"), QStringLiteral("tokens")});
    CHECK(server.take(QStringLiteral("qualityloop_schema"))
          == QSet<QString> {QStringLiteral("application_id"), QStringLiteral("version")});
    CHECK(server.keys() == expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(server.value(it.key()) == it.value());
    }
}

TEST_CASE("a second opening of a server database changes nothing", "[pg]")
{
    ScratchDatabase scratch;
    int objects = 0;
    QString databaseId;
    {
        const Database db(scratch.url());
        objects = serverObjects(db.connection());
        databaseId = Sql::scalar(db.connection(),
                                 QStringLiteral("SELECT value FROM settings WHERE key = 'database.id'"))
                         .toString();
    }
    const Database again(scratch.url());
    CHECK(again.schemaVersion() == Database::latestSchemaVersion());
    CHECK(serverObjects(again.connection()) == objects);
    CHECK(databaseId.size() == 36);
    CHECK(Sql::scalar(again.connection(),
                      QStringLiteral("SELECT value FROM settings WHERE key = 'database.id'"))
              .toString()
          == databaseId);
    // The company's lists a new database starts with are there once.
    CHECK(Sql::scalar(again.connection(), QStringLiteral("SELECT count(*) FROM units")).toInt() == 7);
    CHECK(Sql::scalar(again.connection(), QStringLiteral("SELECT count(*) FROM grades")).toInt() == 3);
}

TEST_CASE("the server's foreign keys refuse a row that points at nothing", "[pg]")
{
    ScratchDatabase scratch;
    const Database db(scratch.url());
    const QSqlDatabase c = db.connection();
    CHECK_THROWS_AS(Sql::exec(c, QStringLiteral("INSERT INTO contacts(customer_id, name) VALUES (?, ?)"),
                              {qint64(424242), QStringLiteral("Nobody's contact")}),
                    DatabaseError);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM contacts")).toInt() == 0);
    // The same row with its customer is taken; the customer gets its code as in a file.
    const qint64 customer
        = Sql::scalar(c, QStringLiteral("INSERT INTO customers(name) VALUES (?) RETURNING id"),
                      {QStringLiteral("Acme")})
              .toLongLong();
    Sql::exec(c, QStringLiteral("INSERT INTO contacts(customer_id, name) VALUES (?, ?)"),
              {customer, QStringLiteral("Li Wei")});
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM contacts")).toInt() == 1);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT code FROM customers WHERE id = ?"), {customer}).toString()
          == QStringLiteral("C%1").arg(customer, 5, 10, QLatin1Char('0')));
}
