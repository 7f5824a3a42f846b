// The command line's words after the tester's walk (session 27): a list with nothing in it says
// so, and a count of one is said in the singular ("1 entry", not "1 entries").
#include "CliRun.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
const QByteArray password = "Seat-leak 2026\n";

// A new office made by init: its lists, its administrator, no case.
QString newOffice(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--database"), path, QStringLiteral("--admin"),
                    QStringLiteral("chief")},
                   password)
                .code
            == 0);
    return path;
}
} // namespace

TEST_CASE("cases on an office without cases says there are none", "[cli]")
{
    QTemporaryDir dir;
    const QString office = newOffice(dir);
    const CliRun all = runCli({QStringLiteral("cases"), QStringLiteral("--database"), office});
    CHECK(all.code == 0);
    CHECK(all.out.isEmpty()); // standard output holds the cases' lines only
    CHECK(all.err.contains(QStringLiteral("No cases.")));
    const CliRun logged = runCli({QStringLiteral("cases"), QStringLiteral("--database"), office,
                                  QStringLiteral("--status"), QStringLiteral("logged")});
    CHECK(logged.code == 0);
    CHECK(logged.err.contains(QStringLiteral("No cases in status logged.")));
}

TEST_CASE("the command line says one entry, one row and one case in the singular", "[cli]")
{
    QTemporaryDir dir;
    const QString office = newOffice(dir);
    const QString csv = dir.filePath(QStringLiteral("customers.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("code,name\nC-100,Brauerei Köhler\n");
    }
    const QStringList import {
        QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--database"), office,
        QStringLiteral("--user"), QStringLiteral("chief")};
    const CliRun dry = runCli(import + QStringList {QStringLiteral("--dry-run")}, password);
    INFO(dry.err.toStdString());
    CHECK(dry.out.contains(QStringLiteral("Checked 1 row of")));
    REQUIRE(runCli(import, password).code == 0);
    const CliRun exported
        = runCli({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--database"), office,
                  QStringLiteral("--output"), dir.filePath(QStringLiteral("out.csv"))});
    CHECK(exported.out.contains(QStringLiteral("Wrote 1 entry of")));
    const CliRun sample
        = runCli({QStringLiteral("sample"), QStringLiteral("--database"),
                  dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("--cases"), QStringLiteral("1")});
    CHECK(sample.out.contains(QStringLiteral("Made 1 sample case in")));
}
