// qualityloop-cli migrate (issue 16, item 4): an office's file moved to an empty server database
// by the command as a real process, then compared here table by table, value by value, reading
// both sides on their own (not through the command's checksums).
#include "CliRun.h"
#include "FixedClock.h"
#include "PgServer.h"
#include "Refusal.h"
#include "TestPaths.h"
#include "auth/UserService.h"
#include "cases/CaseListQuery.h"
#include "db/Database.h"
#include "db/NumberAllocator.h"
#include "db/ServerAddress.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "sample/SampleData.h"
#include "search/SearchTerms.h"
#include "transfer/RowDigest.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>

namespace {
Database::Options readOnly()
{
    Database::Options o;
    o.access = Database::Access::ReadOnly;
    o.create = false;
    o.backgroundCheckpoint = false;
    return o;
}

// A value as text this test alone decides: NULL, numbers, text and bytes kept apart.
QString shown(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::QByteArray)
        return QStringLiteral("x") + QString::fromLatin1(v.toByteArray().toHex());
    if (v.typeId() == QMetaType::Double)
        return QStringLiteral("r") + QString::number(v.toDouble(), 'g', 17);
    // Qt's PostgreSQL driver gives a BIGINT of 0 or more as an unsigned number.
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return QStringLiteral("i") + QString::number(v.toLongLong());
    if (v.typeId() == QMetaType::ULongLong || v.typeId() == QMetaType::UInt)
        return QStringLiteral("i") + QString::number(v.toULongLong());
    return QStringLiteral("t") + v.toString();
}

// Every row of a table, each as its values' text joined, sorted (so no key order is assumed).
QStringList rowsOf(const QSqlDatabase& db, const QString& table, const QStringList& columns)
{
    QStringList quotedColumns;
    for (const QString& c : columns)
        quotedColumns.append(u'"' + c + u'"');
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT %1 FROM \"%2\"").arg(quotedColumns.join(u','), table));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values.append(shown(q.value(i)));
        rows.append(values.join(QChar(0x1f)));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

// Empty when both hold the same rows, else the first row that differs (a short message).
std::string difference(const QStringList& server, const QStringList& file)
{
    if (server == file)
        return {};
    for (int i = 0; i < std::max(server.size(), file.size()); ++i)
        if (server.value(i) != file.value(i))
            return QStringLiteral("%1 rows on the server, %2 in the file; row %3: server %4, file %5")
                .arg(server.size())
                .arg(file.size())
                .arg(i)
                .arg(server.value(i).left(200), file.value(i).left(200))
                .toStdString();
    return {};
}

// The first column of every row a query answers, as text.
QStringList firstColumn(QSqlQuery q)
{
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

QStringList fileTables(const QSqlDatabase& db)
{
    return firstColumn(
        Sql::exec(db,
                  QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                 "LIKE 'sqlite_%' AND name NOT LIKE 'case_search_%' ORDER BY name")));
}

QStringList fileColumns(const QSqlDatabase& db, const QString& table)
{
    return firstColumn(
        Sql::exec(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table}));
}

qint64 serverRowsInAll(const QSqlDatabase& server, const QStringList& tables)
{
    qint64 rows = 0;
    for (const QString& t : tables)
        rows += Sql::scalar(server, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t)).toLongLong();
    return rows;
}

// A login role that owns the scratch database, as an office's qualityloop_owner does (README "A
// shared office"): the move runs as the owner, not as the server's superuser. Made before the
// database and dropped after it.
class OwnerRole
{
public:
    OwnerRole()
        : name(QStringLiteral("ql_move_owner_%1").arg(QCoreApplication::applicationPid()))
    {
        PgServer::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(name));
    }
    ~OwnerRole()
    {
        try {
            PgServer::adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
        } catch (...) { // the cluster is thrown away at the end anyway
        }
    }
    OwnerRole(const OwnerRole&) = delete;
    OwnerRole& operator=(const OwnerRole&) = delete;
    QString owns(const ScratchDatabase& scratch) const
    {
        PgServer::adminExec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(scratch.name(), name));
        return PgServer::url(name, scratch.name());
    }
    const QString name;
};

// The sample office qualityloop-cli sample makes, with that many cases, in the folder.
QString sampleOffice(const QTemporaryDir& dir, const QString& name, int cases)
{
    const QString path = dir.filePath(name);
    REQUIRE(runCli({QStringLiteral("sample"), QStringLiteral("--database"), path, QStringLiteral("--cases"),
                    QString::number(cases)})
                .code
            == 0);
    return path;
}

// A sample office: several hundred cases with their audit entries, users, settings, photos
// (attachments), and a company logo.
QString makeOffice(const QTemporaryDir& dir)
{
    const QString path = sampleOffice(dir, QStringLiteral("office.qldb"), 300);
    QImage logo(24, 12, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    const Database db(path);
    Sql::exec(db.connection(),
              QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES ('company.logo', ?)"),
              {QString::fromLatin1(png.toBase64())});
    // Values that a careless copy would change: quotes, a backslash, control characters, Chinese,
    // a real number of 17 digits, a negative whole number, an empty text.
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO settings(key, value) VALUES ('test.awkward', ?)"),
              {QStringLiteral("He said \"fine\" \\ C:\\temp\ttab\nline\u0001 阀门泄漏 ''quoted''")});
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO settings(key, value) VALUES ('test.empty', '')"));
    Sql::exec(db.connection(),
              QStringLiteral("UPDATE case_costs SET labour_hours = ? WHERE id = "
                             "(SELECT min(id) FROM case_costs)"),
              {0.1 + 0.2});
    Sql::exec(db.connection(),
              QStringLiteral("INSERT INTO counters(kind, year, last) VALUES ('ZZ', -1, -5)"));
    return path;
}

// After the move: people sign in with the passwords they had; a new case saved on the server
// gets the next id and the next number after the copied ones.
void checkWorkGoesOn(const QSqlDatabase& t)
{
    const User sales = UserService(t).signIn(QStringLiteral("sales"), SampleData::demoPassword());
    CHECK(sales.username == QLatin1String("sales"));
    CHECK_THROWS(UserService(t).signIn(QStringLiteral("sales"), QStringLiteral("not-the-password")));

    const FixedClock clock(QDateTime::currentDateTimeUtc());
    const QString prefix = QStringLiteral("QI-%1-").arg(clock.now().toLocalTime().date().year());
    const QString lastNumber
        = Sql::scalar(t, QStringLiteral("SELECT max(number) FROM cases WHERE number LIKE ?"),
                      {QString(prefix + u'%')})
              .toString();
    const qint64 lastId = Sql::scalar(t, QStringLiteral("SELECT max(id) FROM cases")).toLongLong();
    // Numbered and written as the workflow's store does it (NumberAllocator in the save's
    // transaction; the id from the table's sequence).
    Transaction save(t);
    const QString number
        = NumberAllocator::next(t, QStringLiteral("QI"), clock.now().toLocalTime().date().year());
    const qint64 id
        = Sql::scalar(t,
                      QStringLiteral("INSERT INTO cases(number, status, received_at, channel, customer_id, "
                                     "symptom, logged_at, logged_by) VALUES (?, 'logged', ?, 'phone', "
                                     "(SELECT min(id) FROM customers), 'Leaks', ?, ?) RETURNING id"),
                      {number, clock.now().toSecsSinceEpoch(), clock.now().toSecsSinceEpoch(), sales.id})
              .toLongLong();
    save.commit();
    CHECK(id == lastId + 1);
    const QString expected = prefix
        + QStringLiteral("%1").arg(lastNumber.mid(prefix.size()).toInt() + 1, 5, 10, QLatin1Char('0'));
    CHECK(Sql::scalar(t, QStringLiteral("SELECT number FROM cases WHERE id = ?"), {id}).toString()
          == expected);
}
} // namespace

TEST_CASE("qualityloop-cli migrate moves a file to an empty server database, every table the same, and work "
          "goes on there",
          "[pg][migrate]")
{
    QTemporaryDir dir;
    const QString file = makeOffice(dir);
    const OwnerRole owner;
    const ScratchDatabase scratch;
    const QString url = owner.owns(scratch);
    // A window signed in on the file before the move (the tester's: it went on saving there).
    Database::Options windowOptions;
    windowOptions.backgroundCheckpoint = false;
    std::optional<Database> window(std::in_place, file, windowOptions);

    const CliRun moved
        = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), url});
    INFO(moved.err.toStdString());
    INFO(moved.out.toStdString());
    REQUIRE(moved.code == 0);
    const ServerAddress address = ServerAddress::parse(url);
    const QString where
        = QStringLiteral("postgresql://%1:%2/%3").arg(address.host).arg(address.port).arg(address.database);
    CHECK(moved.out.contains(QStringLiteral("The office now works on %1").arg(where)));
    // The next step in one line: the clerks' rights from the owner, then their own logins.
    CHECK(
        moved.out.contains(QStringLiteral("psql \"%1\" -c \"SELECT qualityloop_grant('qualityloop_users')\"")
                               .arg(address.text())));
    CHECK(moved.out.contains(QStringLiteral("each PC opens postgresql://LOGIN@%1:%2/%3")
                                 .arg(address.host)
                                 .arg(address.port)
                                 .arg(address.database)));

    // What that window saves now is refused, in words that say where the office went; the file
    // keeps what it had, and nothing is lost on the way to the server.
    {
        const QSqlDatabase w = window->connection();
        const qint64 casesBefore = Sql::scalar(w, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
        const QString refused = refusal(
            [&] { Sql::exec(w, QStringLiteral("UPDATE cases SET symptom = 'Logged after the move'")); });
        CHECK(refused
              == QStringLiteral("This office has moved to the server %1: File > Connect to server… (nothing "
                                "was saved here).")
                     .arg(where));
        CHECK(Sql::scalar(w, QStringLiteral("SELECT count(*) FROM cases")).toLongLong() == casesBefore);
        // Another program, and the program opened on the file again, are refused at the start.
        const CliRun upgrade = runCli({QStringLiteral("upgrade"), QStringLiteral("--database"), file});
        CHECK(upgrade.code == 1);
        CHECK(upgrade.err.contains(QStringLiteral("This office has moved to the server %1").arg(where)));
    }
    window.reset();
    // The statistics of QualityLoop's tables only: no warning for each of the server's own catalogs.
    CHECK_FALSE(moved.err.contains(QStringLiteral("only superuser can analyze")));
    CHECK(moved.err.contains(QStringLiteral("Copying audit_log: 0 of")));
    CHECK(moved.out.contains(QStringLiteral("are the same on the server as in the file")));
    CHECK(moved.out.contains(QStringLiteral("case_search")));

    const Database source(file, readOnly());
    const Database server(url, readOnly());
    const QSqlDatabase s = source.connection();
    const QSqlDatabase t = server.connection();
    const QStringList tables = fileTables(s);
    REQUIRE(tables.size() > 50);
    for (const QString& table : tables) {
        INFO(table.toStdString());
        QStringList columns = fileColumns(s, table);
        if (table == QLatin1String("settings")) { // the file's marker of the move apart
            QStringList fileRows = rowsOf(s, table, columns);
            fileRows.removeIf(
                [](const QString& row) { return row.startsWith(QStringLiteral("toffice.moved_to")); });
            CHECK(difference(rowsOf(t, table, columns), fileRows) == std::string());
            CHECK(fileRows.size() + 1 == rowsOf(s, table, columns).size());
            continue;
        }
        if (table == QLatin1String("case_search")) { // FTS5: the text and the case id (its rowid)
            // The server keeps the text folded, as its own save writes it (MoveReindex).
            QStringList folded = rowsOf(s, table, {QStringLiteral("rowid"), QStringLiteral("body")});
            std::transform(folded.begin(), folded.end(), folded.begin(), SearchTerms::fold);
            std::sort(folded.begin(), folded.end());
            CHECK(difference(rowsOf(t, table, {QStringLiteral("id"), QStringLiteral("body")}), folded)
                  == std::string());
            continue;
        }
        CHECK(difference(rowsOf(t, table, columns), rowsOf(s, table, columns)) == std::string());
    }
    // What an office would miss first, by name.
    CHECK(Sql::scalar(t, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 300);
    CHECK(Sql::scalar(t, QStringLiteral("SELECT count(*) FROM audit_log")).toInt()
          == Sql::scalar(s, QStringLiteral("SELECT count(*) FROM audit_log")).toInt());
    CHECK(Sql::scalar(t, QStringLiteral("SELECT count(*) FROM attachment_contents")).toInt() > 0);
    CHECK(Sql::scalar(t, QStringLiteral("SELECT value FROM settings WHERE key = 'company.logo'")).toString()
          == Sql::scalar(s, QStringLiteral("SELECT value FROM settings WHERE key = 'company.logo'"))
                 .toString());
    // The server's word index was made from the copied text.
    CHECK(Sql::scalar(t, QStringLiteral("SELECT count(*) FROM case_search WHERE tokens <> ''::tsvector"))
              .toInt()
          == 300);
    // The planner knows the moved rows (ANALYZE after the commit) and samples enough words to see
    // that a serial number is rare (pg/031): without either, a search for one walks every case.
    CHECK(Sql::scalar(t,
                      QStringLiteral("SELECT count(*) FROM pg_stats WHERE tablename = 'case_search' AND "
                                     "attname = 'tokens'"))
              .toInt()
          == 1);
    CHECK(Sql::scalar(t,
                      QStringLiteral("SELECT attstattarget FROM pg_attribute WHERE attrelid = "
                                     "'case_search'::regclass AND attname = 'tokens'"))
              .toInt()
          >= 1000);

    // The moved file is not moved again; another office's file into the same database is refused
    // too, with how to put an empty database in its place. Nothing changes there.
    const qint64 before = serverRowsInAll(t, tables);
    const QString lastEntry = Sql::scalar(t, QStringLiteral("SELECT max(id) FROM audit_log")).toString();
    const CliRun again
        = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), url});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("has moved to the server %1 already").arg(where)));
    const QString other = sampleOffice(dir, QStringLiteral("other.qldb"), 3);
    const CliRun intoFull
        = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), other, QStringLiteral("--to"), url});
    CHECK(intoFull.code == 1);
    CHECK(intoFull.err.contains(QStringLiteral("is not empty")));
    CHECK(intoFull.err.contains(QStringLiteral("pg_hba.conf")));
    CHECK(intoFull.err.contains(
        QStringLiteral("createdb --owner=%1 --encoding=UTF8 %2").arg(owner.name, scratch.name())));
    CHECK(intoFull.err.contains(QStringLiteral("Nothing was changed.")));
    CHECK(serverRowsInAll(t, tables) == before);
    CHECK(Sql::scalar(t, QStringLiteral("SELECT max(id) FROM audit_log")).toString() == lastEntry);

    // People sign in on the server with their passwords; a new case gets the next id and number.
    const Database office(url);
    const FixedClock clock(QDateTime::currentDateTimeUtc());
    CHECK(CaseListQuery(office.connection(), clock).count({}) == 300); // the file's kept count (032)
    checkWorkGoesOn(office.connection());
    // The triggers that keep it, paused during the copy, count the new case.
    CHECK(CaseListQuery(office.connection(), clock).count({}) == 301);
}

TEST_CASE("qualityloop-cli migrate leaves a server database of another program alone", "[pg][migrate]")
{
    QTemporaryDir dir;
    const QString file = sampleOffice(dir, QStringLiteral("small.qldb"), 5);
    const ScratchDatabase scratch;
    PgServer::adminExec(QStringLiteral("CREATE TABLE invoices (id BIGINT PRIMARY KEY)"), scratch.name());
    const CliRun run = runCli(
        {QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), scratch.url()});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("holds the tables of another program")));
    QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("migrate-probe"));
    {
        const ServerAddress a = ServerAddress::parse(scratch.url());
        server.setHostName(a.host);
        server.setPort(a.port);
        server.setUserName(a.user);
        server.setDatabaseName(a.database);
        REQUIRE(server.open());
        CHECK(
            Sql::scalar(server, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                .toInt()
            == 1);
        server.close();
    }
    server = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("migrate-probe"));
}

TEST_CASE("a move the server refuses half-way keeps nothing there, and can simply be run again",
          "[pg][migrate]")
{
    QTemporaryDir dir;
    const QString file = sampleOffice(dir, QStringLiteral("small.qldb"), 5);
    {
        // A contact of a customer that is not there: a file written without its foreign keys.
        const Database db(file);
        Sql::exec(db.connection(), QStringLiteral("PRAGMA foreign_keys = OFF"));
        Sql::exec(
            db.connection(),
            QStringLiteral("INSERT INTO contacts(id, customer_id, name) VALUES (900001, 900001, 'Nobody')"));
    }
    const ScratchDatabase scratch;
    const QStringList args {QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                            scratch.url()};
    const CliRun refused = runCli(args);
    CHECK(refused.code == 3);
    CHECK(refused.err.contains(QStringLiteral("Nothing was copied")));
    {
        const Database server(scratch.url(), readOnly());
        for (const char* table :
             {"users", "cases", "audit_log", "customers", "contacts", "attachment_contents"}) {
            INFO(table);
            CHECK(Sql::scalar(server.connection(),
                              QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                      .toInt()
                  == 0);
        }
    }
    {
        const Database db(file);
        Sql::exec(db.connection(), QStringLiteral("DELETE FROM contacts WHERE id = 900001"));
    }
    const CliRun again = runCli(args);
    INFO(again.err.toStdString());
    CHECK(again.code == 0);
}

TEST_CASE("the migrate checksum writes the same values the same way from either database", "[pg][migrate]")
{
    // Qt's PostgreSQL driver gives a BIGINT of 0 or more as unsigned, SQLite's as signed.
    CHECK(RowDigest::encode(QVariant(qulonglong(42))) == RowDigest::encode(QVariant(qlonglong(42))));
    CHECK(RowDigest::encode(QVariant(true)) == RowDigest::encode(QVariant(qlonglong(1))));
    CHECK(RowDigest::encode(QVariant(0.1 + 0.2)) != RowDigest::encode(QVariant(0.3)));
    CHECK(RowDigest::encode(QVariant(QStringLiteral("1"))) != RowDigest::encode(QVariant(qlonglong(1))));
    CHECK(RowDigest::encode(QVariant()) != RowDigest::encode(QVariant(QString())));
    CHECK(RowDigest::encode(QVariant(QByteArray("ab"))) != RowDigest::encode(QVariant(QStringLiteral("ab"))));
    // Lengths keep neighbouring values apart: ("ab", "c") is not ("a", "bc").
    CHECK(RowDigest::encode(QVariant(QStringLiteral("ab"))) + RowDigest::encode(QVariant(QStringLiteral("c")))
          != RowDigest::encode(QVariant(QStringLiteral("a")))
              + RowDigest::encode(QVariant(QStringLiteral("bc"))));
}

TEST_CASE("qualityloop-cli migrate says how it is used", "[pg][migrate]")
{
    CHECK(runCli({QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("office.qldb")}).code
          == 2);
    const CliRun toFile
        = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("a.qldb"),
                  QStringLiteral("--to"), QStringLiteral("b.qldb")});
    CHECK(toFile.code == 2);
    CHECK(toFile.err.contains(QStringLiteral("--to names the database on the server")));
    CHECK(runCli({QStringLiteral("--help")})
              .out.contains(QStringLiteral("migrate --from FILE --to postgresql://")));
}

TEST_CASE("qualityloop-cli migrate does not start while another program is saving in the file",
          "[pg][migrate]")
{
    QTemporaryDir dir;
    const QString file = sampleOffice(dir, QStringLiteral("busy.qldb"), 3);
    const ScratchDatabase scratch;
    const QStringList args {QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                            scratch.url()};
    // Another program in the middle of a long save (an import): it holds the file's write lock.
    QProcess holder;
    holder.start(testPath("QL_OTHER_PROGRAM"), {file, QStringLiteral("hold")});
    REQUIRE(holder.waitForStarted(10000));
    QDeadlineTimer deadline(20000);
    QByteArray said;
    while (!said.contains("holding") && !deadline.hasExpired() && holder.state() == QProcess::Running) {
        holder.waitForReadyRead(200);
        said += holder.readAllStandardOutput();
    }
    INFO(QString::fromUtf8(holder.readAllStandardError()).toStdString());
    REQUIRE(said.contains("holding"));

    const CliRun refused = runCli(args);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("Another program is saving in")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was copied.")));
    holder.closeWriteChannel();
    REQUIRE(holder.waitForFinished(10000));
    // The server database was not touched: still without tables.
    CHECK_THROWS_WITH(Database(scratch.url(), readOnly()), Catch::Contains("is empty"));
    // Once that save is done, the move goes through.
    const CliRun again = runCli(args);
    INFO(again.err.toStdString());
    CHECK(again.code == 0);
}
