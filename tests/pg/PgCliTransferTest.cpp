// qualityloop-cli on a shared office's database (README "A shared office"): import and export
// by the server's address as by a file's, and backup, restore and sample refusing the address
// in words, without a crash and without writing anything.
#include "AttachmentFixtures.h"
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

// The kind's entries as `export` writes them into a file of the folder, or empty when it fails.
QString exported(const QString& url, const QString& kind, const QTemporaryDir& dir)
{
    const QString path = dir.filePath(kind + QStringLiteral("-out.csv"));
    const CliRun run = runCli({QStringLiteral("export"), kind, QStringLiteral("--database"), url,
                               QStringLiteral("--output"), path});
    INFO(run.err.toStdString());
    CHECK(run.code == 0);
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
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
        const QString file = AttachmentFixtures::writeFile(dir.path(), kind + QStringLiteral(".csv"), bytes);
        const CliRun run = import(scratch.url(), kind, file);
        INFO(run.err.toStdString());
        CHECK(run.code == 0);
        CHECK(run.out.contains(QStringLiteral("added")));
    }
    // Past cases of a year the database has cases of already: the numbering goes on after the highest.
    const QString later
        = AttachmentFixtures::writeFile(dir.path(), QStringLiteral("later.csv"),
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

    CHECK(exported(scratch.url(), QStringLiteral("serials"), dir)
              .contains(QStringLiteral("SN-0002,Q41F-16C-50,C-100,PO-77,B1,2025-06-30,yes")));
    CHECK(exported(scratch.url(), QStringLiteral("technicians"), dir)
              .contains(QStringLiteral("T-1,Zhou Jie,A-1,,,actuator; valve,Q41F-16C-50,yes")));
    CHECK(exported(scratch.url(), QStringLiteral("cases"), dir).count(QStringLiteral("\nQI-2021-")) == 3);
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

        AttachmentFixtures::writeFile(dir.path(), QStringLiteral("office.backup"), "not a backup");
        const CliRun restore = runCli({QStringLiteral("restore"), QStringLiteral("--backup"), backupFile,
                                       QStringLiteral("--database"), scratch.url()});
        CHECK(restore.code == 1);
        CHECK(restore.err.contains(QStringLiteral("pg_restore")));
        const Database db(scratch.url());
        CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM users")).toInt() == 1);
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() <= 1); // only the file the test wrote
}
