// qualityloop-cli on a shared office's database (README "A shared office"): import and export
// by the server's address as by a file's, and backup, restore and sample refusing the address
// in words, without a crash and without writing anything.
#include "CliRun.h"
#include "PgServer.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
const QByteArray password = "Valve-Office-2026\n";

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString read(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

void init(const QString& url)
{
    const CliRun made = runCli({QStringLiteral("init"), QStringLiteral("--database"), url,
                                QStringLiteral("--admin"), QStringLiteral("chen_admin")},
                               password);
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
}

CliRun import(const QString& url, const QString& kind, const QString& file)
{
    return runCli({QStringLiteral("import"), kind, file, QStringLiteral("--database"), url,
                   QStringLiteral("--user"), QStringLiteral("chen_admin")},
                  password);
}
} // namespace

TEST_CASE("qualityloop-cli imports every kind into a server database and exports it again", "[pg]")
{
    ScratchDatabase scratch;
    init(scratch.url());
    QTemporaryDir dir;
    const QList<std::pair<QString, QByteArray>> files {
        {QStringLiteral("customers"),
         "code,name,key_customer\nC-100,Sinopec Yangzi,yes\nC-200,Water Works,no\n"},
        {QStringLiteral("contacts"), "customer,name,phone\nC-100,Li Wei,+86 25 5555 0100\n"},
        {QStringLiteral("models"), "code,name,product_line\nQ41F-16C-50,Ball valve DN50,valve\n"},
        {QStringLiteral("serials"),
         "serial_no,model,customer,order_no,batch_no,delivered\n"
         "SN-0001,Q41F-16C-50,C-100,PO-77,B1,2025-06-30\n"
         "SN-0002,Q41F-16C-50,C-100,PO-77,B1,2025-06-30\n"},
        {QStringLiteral("agencies"), "code,name,region\nA-1,East China Service,East\n"},
        {QStringLiteral("technicians"),
         "code,name,agency,lines,models\nT-1,Zhou Jie,A-1,valve; actuator,"
         "Q41F-16C-50\n"},
        {QStringLiteral("cases"),
         "number,status,received_at,channel,customer,serial_no,symptom\n"
         "QI-2021-00120,logged,2021-06-01 09:00,phone,C-100,SN-0001,Stem leaks\n"},
    };
    for (const auto& [kind, bytes] : files) {
        INFO(kind.toStdString());
        const QString file = dir.filePath(kind + QStringLiteral(".csv"));
        write(file, bytes);
        const CliRun run = import(scratch.url(), kind, file);
        INFO(run.err.toStdString());
        CHECK(run.code == 0);
        CHECK(run.out.contains(QStringLiteral("added")));
    }
    // Past cases of a year the database has cases of already: the numbering goes on after the highest.
    const QString later = dir.filePath(QStringLiteral("later.csv"));
    write(later,
          "number,status,received_at,channel,customer,symptom\n"
          "QI-2021-00300,logged,2021-07-01 09:00,phone,C-200,Seat worn\n"
          "QI-2021-00050,logged,2021-05-01 09:00,phone,C-100,Handle broken\n");
    const CliRun laterRun = import(scratch.url(), QStringLiteral("cases"), later);
    INFO(laterRun.err.toStdString());
    CHECK(laterRun.code == 0);
    {
        const Database db(scratch.url());
        CHECK(Sql::scalar(db.connection(),
                          QStringLiteral("SELECT last FROM counters WHERE kind = 'QI' AND year = 2021"))
                  .toInt()
              == 300);
    }

    const QString serials = dir.filePath(QStringLiteral("serials-out.csv"));
    const CliRun exported
        = runCli({QStringLiteral("export"), QStringLiteral("serials"), QStringLiteral("--database"),
                  scratch.url(), QStringLiteral("--output"), serials});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(exported.out.contains(QStringLiteral("Wrote 2 entries")));
    CHECK(read(serials).contains(QStringLiteral("SN-0002,Q41F-16C-50,C-100,PO-77,B1,2025-06-30,yes")));
    const QString technicians = dir.filePath(QStringLiteral("technicians-out.csv"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("technicians"), QStringLiteral("--database"),
                    scratch.url(), QStringLiteral("--output"), technicians})
                .code
            == 0);
    CHECK(read(technicians).contains(QStringLiteral("T-1,Zhou Jie,A-1,,,actuator; valve,Q41F-16C-50,yes")));
    const QString cases = dir.filePath(QStringLiteral("cases-out.csv"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--database"),
                    scratch.url(), QStringLiteral("--output"), cases})
                .code
            == 0);
    CHECK(read(cases).count(QStringLiteral("\nQI-2021-")) == 3);
}

TEST_CASE("qualityloop-cli backup, restore and sample refuse a server database in words and write nothing",
          "[pg]")
{
    ScratchDatabase scratch;
    QTemporaryDir dir;
    const QString backupFile = dir.filePath(QStringLiteral("office.backup"));
    SECTION("sample, on a database that is still empty")
    {
        const CliRun run = runCli({QStringLiteral("sample"), QStringLiteral("--database"), scratch.url(),
                                   QStringLiteral("--cases"), QStringLiteral("5")});
        CHECK(run.code == 1);
        CHECK(run.err.contains(QStringLiteral("never into a database on a PostgreSQL server")));
        CHECK_FALSE(run.err.contains(QStringLiteral("out of memory")));
        const Database db(scratch.url());
        CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM cases")).toInt() == 0);
    }
    SECTION("backup and restore")
    {
        init(scratch.url());
        const CliRun backup = runCli({QStringLiteral("backup"), QStringLiteral("--database"), scratch.url(),
                                      QStringLiteral("--output"), backupFile});
        CHECK(backup.code == 1);
        CHECK(backup.err.contains(QStringLiteral("pg_dump")));
        CHECK(backup.err.contains(QStringLiteral("A shared office")));
        CHECK_FALSE(QFile::exists(backupFile));

        write(backupFile, "not a backup");
        const CliRun restore = runCli({QStringLiteral("restore"), QStringLiteral("--backup"), backupFile,
                                       QStringLiteral("--database"), scratch.url()});
        CHECK(restore.code == 1);
        CHECK(restore.err.contains(QStringLiteral("pg_restore")));
        const Database db(scratch.url());
        CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM users")).toInt() == 1);
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() <= 1); // only the file the test wrote
}
