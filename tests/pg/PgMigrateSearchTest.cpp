// qualityloop-cli migrate and the search: a server's index holds the text folded (lower case,
// no accents) as its own save writes it, since the server's 'simple' configuration only
// lowercases and a search folds what is typed; SQLite's index holds the text as written and
// folds while it searches. A moved office must find its accented words on the server as it did
// in its file.
#include "CliRun.h"
#include "FixedClock.h"
#include "PgServer.h"
#include "cases/CaseListQuery.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "search/SearchIndex.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
QString file(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QStringList found(const QSqlDatabase& db, const QString& words)
{
    const FixedClock clock(QDateTime::currentDateTimeUtc());
    CaseFilter f;
    f.search = words;
    QStringList numbers;
    for (const CaseListRow& r : CaseListQuery(db, clock).page(f, 0, 50))
        numbers.append(r.number);
    return numbers;
}
} // namespace

TEST_CASE("a moved office finds its accented words on the server, typed with or without the accents",
          "[pg][migrate]")
{
    // An office made by init, its lists and two past cases imported, as a new company starts.
    QTemporaryDir dir;
    const QString office = dir.filePath(QStringLiteral("office.qldb"));
    const QByteArray password = "Seat-leak 2026\n";
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--database"), office, QStringLiteral("--admin"),
                    QStringLiteral("chief")},
                   password)
                .code
            == 0);
    const auto import = [&](const QString& kind, const QString& path) {
        const CliRun run = runCli({QStringLiteral("import"), kind, path, QStringLiteral("--database"), office,
                                   QStringLiteral("--user"), QStringLiteral("chief")},
                                  password);
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
    };
    import(QStringLiteral("customers"),
           file(dir, QStringLiteral("customers.csv"), "code,name\nC-100,Brauerei Köhler\n"));
    import(QStringLiteral("cases"),
           file(dir, QStringLiteral("cases.csv"),
                "number,status,received_at,channel,customer,contact_name,symptom\n"
                "QI-2025-00417,logged,2025-11-03 10:20,phone,C-100,Jürgen Müller,"
                "Valve in the café kitchen leaks\n"
                "QI-2025-00418,logged,2025-11-04 09:00,email,C-100,Anna Weber,Actuator hums\n"));
    const QStringList accented {QStringLiteral("QI-2025-00417")};
    {
        Database::Options readOnly;
        readOnly.access = Database::Access::ReadOnly;
        readOnly.create = false;
        const Database source(office, readOnly);
        REQUIRE(found(source.connection(), QStringLiteral("muller")) == accented); // as in the file
    }

    const ScratchDatabase scratch;
    const CliRun moved = runCli(
        {QStringLiteral("migrate"), QStringLiteral("--from"), office, QStringLiteral("--to"), scratch.url()});
    INFO(moved.err.toStdString());
    INFO(moved.out.toStdString());
    REQUIRE(moved.code == 0);
    // Progress while indexing, the table by table comparison still whole, and what was done.
    CHECK(moved.err.contains(QStringLiteral("Indexing case_search again as the server searches it: 2 of 2")));
    CHECK(moved.out.contains(QStringLiteral("are the same on the server as in the file")));
    CHECK(moved.out.contains(QStringLiteral("The search text of 2 cases indexed again")));

    const Database server(scratch.url());
    const QSqlDatabase s = server.connection();
    for (const char* words :
         {"muller", "Müller", "MÜLLER", "jurgen", "cafe", "café", "Café kitchen", "mül"}) {
        INFO(words);
        CHECK(found(s, QString::fromUtf8(words)) == accented);
    }
    CHECK(found(s, QStringLiteral("weber")) == QStringList {QStringLiteral("QI-2025-00418")});
    CHECK(found(s, QStringLiteral("hums")) == QStringList {QStringLiteral("QI-2025-00418")});
    CHECK(found(s, QStringLiteral("kohler")).size() == 2); // the customer's name, Köhler
    CHECK(found(s, QStringLiteral("KÖHLER")).size() == 2);
    // Every row as the server's own save writes it: saving the case again (rolled back) leaves
    // its row as it is, and no accent is left in the stored text.
    QSqlQuery rows = Sql::exec(s, QStringLiteral("SELECT id, body FROM case_search ORDER BY id"));
    QList<std::pair<qint64, QString>> stored;
    while (rows.next())
        stored.append({rows.value(0).toLongLong(), rows.value(1).toString()});
    rows.finish();
    REQUIRE(stored.size() == 2);
    for (const auto& [id, body] : stored) {
        CHECK_FALSE(body.contains(QStringLiteral("ü")));
        const Transaction save(s);
        SearchIndex::reindexCase(s, id);
        CHECK(Sql::scalar(s, QStringLiteral("SELECT body FROM case_search WHERE id = ?"), {id}).toString()
              == body);
    }
}
