// Issue 11, item 4: qualityloop-cli import and export, run as a clerk's script would run them
// on a database that `init` just made.
#include "CliRun.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray read(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST_CASE("qualityloop-cli imports a file into a new database and exports it again", "[transfer][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("q.sqlite"));
    const QString db2 = dir.filePath(QStringLiteral("q2.sqlite"));
    const QByteArray password = "Seat-leak 2026\n";
    for (const QString& d : {db, db2})
        REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--database"), d, QStringLiteral("--admin"),
                        QStringLiteral("chief")},
                       password)
                    .code
                == 0);
    const QString csv = dir.filePath(QStringLiteral("customers.csv"));
    const QStringList who {QStringLiteral("--database"), db, QStringLiteral("--user"),
                           QStringLiteral("chief")};

    // The template is the header line.
    const CliRun t
        = runCli({QStringLiteral("import"), QStringLiteral("customers"), QStringLiteral("--template")});
    CHECK(t.code == 0);
    CHECK(t.out.startsWith(QStringLiteral("code,name,name_zh,")));

    // A bad row: exit 1, the line named, nothing imported.
    write(csv, "code,name,key_customer\nC-1,Good,yes\nC-2,,maybe\n");
    const CliRun bad
        = runCli(QStringList {QStringLiteral("import"), QStringLiteral("customers"), csv} + who, password);
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("customers.csv, line 3")));
    {
        const Database d(db);
        CHECK(Sql::scalar(d.connection(), QStringLiteral("SELECT count(*) FROM customers")).toInt() == 0);
    }

    // Wrong usage: exit 2.
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("widgets"), csv}).code == 2);
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("customers")}).code == 2);

    // Import, export, import into the other new database, export: the same bytes.
    write(csv, "code,name,name_zh\nC-1,Yangzi,扬子\nC-2,\"Works, Ltd\",\n");
    const CliRun r
        = runCli(QStringList {QStringLiteral("import"), QStringLiteral("customers"), csv} + who, password);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString out1 = dir.filePath(QStringLiteral("out1.csv"));
    const QString out2 = dir.filePath(QStringLiteral("out2.csv"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--database"), db,
                    QStringLiteral("--output"), out1})
                .code
            == 0);
    const CliRun r2
        = runCli({QStringLiteral("import"), QStringLiteral("customers"), out1, QStringLiteral("--database"),
                  db2, QStringLiteral("--user"), QStringLiteral("chief")},
                 password);
    INFO(r2.err.toStdString());
    REQUIRE(r2.code == 0);
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--database"), db2,
                    QStringLiteral("--output"), out2})
                .code
            == 0);
    CHECK(read(out1) == read(out2));
    CHECK(read(out1).contains("C-2,\"Works, Ltd\""));
}

TEST_CASE("qualityloop-cli --help says which commands take a server's address and which a file only",
          "[transfer][cli]")
{
    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("import KIND FILE.csv --database DB --user NAME")));
    CHECK(help.out.contains(QStringLiteral("export KIND --database DB --output FILE.csv")));
    CHECK(help.out.contains(QStringLiteral("--database DB: a database file, or a database on a PostgreSQL "
                                           "server,\n    postgresql://USER@HOST[:PORT]/DB")));
    CHECK(help.out.contains(QStringLiteral("backup --database FILE --output BACKUP")));
    CHECK(
        help.out.contains(QStringLiteral("--database FILE (backup, restore, sample): a database file only")));
    CHECK(help.out.contains(QStringLiteral("pg_dump")));
}
