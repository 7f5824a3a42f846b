// Issue 11, "what the tests must show": a CLI run takes a database made by `init` to its first
// logged case by import alone, each step a real qualityloop-cli process as a clerk's script
// would run it.
#include "CliRun.h"

#include <QFile>
#include <QProcess>
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
} // namespace

TEST_CASE("qualityloop-cli takes a new database to its first logged case by import", "[transfer][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    const QByteArray password = "Seat-leak 2026\n";
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--admin"),
                    QStringLiteral("chief")},
                   password)
                .code
            == 0);
    const auto import = [&](const QString& kind, const QString& path) {
        return runCli({QStringLiteral("import"), kind, path, QStringLiteral("--database"), db,
                       QStringLiteral("--user"), QStringLiteral("chief")},
                      password);
    };
    const CliRun none = runCli({QStringLiteral("cases"), QStringLiteral("--database"), db});
    REQUIRE(none.code == 0);
    CHECK_FALSE(none.out.contains(QStringLiteral("QI-")));

    // A case names a customer and a model the lists must have first: refused, nothing kept.
    const QString cases = file(dir, QStringLiteral("cases.csv"),
                               "number,status,received_at,channel,customer,model,serial_no,symptom\n"
                               "QI-2025-00417,logged,2025-11-03 10:20,phone,C-100,Q41F-16C-50,SN-1,"
                               "\"Stem packing leaks, 2 weeks after start-up\"\n");
    const CliRun early = import(QStringLiteral("cases"), cases);
    CHECK(early.code == 1);
    CHECK(early.err.contains(QStringLiteral("C-100")));

    const CliRun customers
        = import(QStringLiteral("customers"),
                 file(dir, QStringLiteral("customers.csv"), "code,name\nC-100,Sinopec Yangzi\n"));
    INFO(customers.err.toStdString());
    REQUIRE(customers.code == 0);
    const CliRun models = import(QStringLiteral("models"),
                                 file(dir, QStringLiteral("models.csv"),
                                      "code,name,product_line\nQ41F-16C-50,Ball valve DN50,valve\n"));
    INFO(models.err.toStdString());
    REQUIRE(models.code == 0);
    const CliRun imported = import(QStringLiteral("cases"), cases);
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);

    // The next process sees the case, with its own number, as logged and waiting for its next step.
    const CliRun listed = runCli({QStringLiteral("cases"), QStringLiteral("--database"), db});
    REQUIRE(listed.code == 0);
    REQUIRE(listed.out.count(QStringLiteral("QI-")) == 1);
    CHECK(listed.out.contains(QStringLiteral("QI-2025-00417\tlogged")));
}
