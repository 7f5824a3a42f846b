// Issue 17: the case list and a save with many files in the database against the same
// database without them ("adding many photos must not slow the case list, search or saves").
//
//   attachment_bench [--cases 5000] [--attachments 1000] [--size-kb 200] [--saves 20] [--dir DIR]
//   attachment_bench --cases 20000 --attachments 10000 --size-kb 2048 --dir /big/disk   (20 GB)
//
// Makes a sample database (SampleData, no photos), copies it with VACUUM INTO, adds to the copy
// --attachments distinct files of --size-kb each through AttachmentService, spread over the
// newest half of the cases (so the first page shows cases with files), then times, alternating
// the two files: the first page of the case list (CaseListQuery, keyset), a page deep in it,
// and a durable save of one step (WorkflowService::sendToQuality) on the same cases in both.
#include "BenchUtil.h"
#include "MockClock.h"
#include "attachments/AttachmentService.h"
#include "attachments/AttachmentSteps.h"
#include "cases/CaseListQuery.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "sample/SampleData.h"
#include "workflow/WorkflowService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {
User firstOfRole(const QSqlDatabase& db, const char* role, Role r)
{
    QSqlQuery q = Sql::exec(db,
                            QStringLiteral("SELECT id, username, display_name FROM users WHERE role = ? "
                                           "ORDER BY id LIMIT 1"),
                            {QString::fromLatin1(role)});
    if (!q.next())
        qFatal("the sample has no user of role %s", role);
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), r, 0, 0};
}

double fileMb(const QSqlDatabase& db)
{
    return Sql::scalar(db,
                       QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), "
                                      "pragma_page_size()"))
               .toDouble()
        / 1e6;
}

// Distinct contents: the attachment's number in every 4 KB, so no two files hash alike.
void addFiles(Database& db, const MockClock& clock, int count, int sizeKb)
{
    const QSqlDatabase c = db.connection();
    const User admin = firstOfRole(c, "admin", Role::Administrator);
    const qint64 newest = Sql::scalar(c, QStringLiteral("SELECT max(id) FROM cases")).toLongLong();
    const qint64 spread
        = std::max<qint64>(1, Sql::scalar(c, QStringLiteral("SELECT count(*) FROM cases")).toLongLong() / 2);
    AttachmentService files(c, clock);
    QByteArray bytes(sizeKb * 1024, 'x');
    QElapsedTimer t;
    t.start();
    constexpr int perCommit = 50;
    for (int done = 0; done < count;) {
        Transaction transaction(c);
        for (int k = 0; k < perCommit && done < count; ++k, ++done) {
            const QByteArray mark = QByteArray::number(done).rightJustified(12, '0');
            for (qsizetype at = 0; at + mark.size() <= bytes.size(); at += 4096)
                bytes.replace(at, mark.size(), mark);
            files.add(admin, newest - done % spread,
                      {NewAttachment::fromBytes(QStringLiteral("test-report-%1.bin").arg(done), bytes)},
                      AttachmentSteps::caseView());
        }
        transaction.commit();
        std::fprintf(stderr, "\radding files: %d / %d (%.0f s)", done, count, t.elapsed() / 1000.0);
    }
    std::fprintf(stderr, "\n");
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').value(0))
                                       : QStringLiteral("?");
}

void row(const char* name, const std::vector<double>& without, const std::vector<double>& with)
{
    const double a = Bench::median(without), b = Bench::median(with);
    std::printf("| %s | %.3f | %.3f | %.2f× | %.3f / %.3f |\n", name, a, b, b / a,
                Bench::percentile(without, 90), Bench::percentile(with, 90));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Sample cases."),
                                         QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption filesOption(QStringLiteral("attachments"), QStringLiteral("Files added."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption sizeOption(QStringLiteral("size-kb"), QStringLiteral("Size of each file."),
                                        QStringLiteral("KB"), QStringLiteral("200"));
    const QCommandLineOption savesOption(QStringLiteral("saves"), QStringLiteral("Saves timed on each file."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the two files go."),
                                       QStringLiteral("DIR"));
    parser.addOptions({casesOption, filesOption, sizeOption, savesOption, dirOption});
    parser.process(app);
    QTemporaryDir temporary(
        parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/ql-attach-XXXXXX") : QString());
    const QString without = temporary.filePath(QStringLiteral("without.sqlite"));
    const QString with = temporary.filePath(QStringLiteral("with.sqlite"));
    const MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    const int saves = parser.value(savesOption).toInt();
    {
        Database base(without);
        SampleOptions sample;
        sample.cases = parser.value(casesOption).toLongLong();
        sample.now = clock.now();
        sample.photos = false;
        SampleData::generate(base.connection(), sample);
        Sql::exec(base.connection(), QStringLiteral("VACUUM INTO ?"), {with});
    }
    Database a(without);
    Database b(with);
    addFiles(b, clock, parser.value(filesOption).toInt(), parser.value(sizeOption).toInt());
    const qint64 stored
        = Sql::scalar(b.connection(), QStringLiteral("SELECT count(*) FROM attachment_contents"))
              .toLongLong();
    std::printf("%lld cases; without files: %.0f MB; with %lld files of %d KB: %.0f MB (load %s)\n\n",
                Sql::scalar(a.connection(), QStringLiteral("SELECT count(*) FROM cases")).toLongLong(),
                fileMb(a.connection()), static_cast<long long>(stored), parser.value(sizeOption).toInt(),
                fileMb(b.connection()), qPrintable(loadAverage()));
    std::printf(
        "| operation | without files, median ms | with files, median ms | ratio | p90 without / with |\n"
        "|---|---:|---:|---:|---:|\n");

    const CaseListQuery listA(a.connection(), clock), listB(b.connection(), clock);
    std::vector<double> pa, pb;
    Bench::timePair(
        5, 31, [&] { listA.page({}, 0, 50); }, [&] { listB.page({}, 0, 50); }, pa, pb);
    row("case list: first page (keyset, 50 rows)", pa, pb);
    const qint64 middle
        = Sql::scalar(a.connection(), QStringLiteral("SELECT max(id) / 2 FROM cases")).toLongLong();
    pa.clear();
    pb.clear();
    Bench::timePair(
        5, 31, [&] { listA.page({}, middle, 50); }, [&] { listB.page({}, middle, 50); }, pa, pb);
    row("case list: a page in the middle (id < N/2)", pa, pb);

    // The same logged cases in both files, newest first (those with files in the second).
    QList<CaseRef> cases;
    QSqlQuery q
        = Sql::exec(a.connection(),
                    QStringLiteral("SELECT id, version FROM cases WHERE status = 'logged' ORDER BY id DESC "
                                   "LIMIT ?"),
                    {saves});
    while (q.next())
        cases.append({q.value(0).toLongLong(), q.value(1).toInt()});
    q.finish();
    const User sales = firstOfRole(a.connection(), "sales", Role::SalesClerk);
    WorkflowService flowA(a.connection(), clock), flowB(b.connection(), clock);
    qsizetype ia = 0, ib = 0;
    pa.clear();
    pb.clear();
    Bench::timePair(
        0, static_cast<int>(cases.size()), [&] { flowA.sendToQuality(sales, cases.at(ia++)); },
        [&] { flowB.sendToQuality(sales, cases.at(ib++)); }, pa, pb);
    row("durable save of one step (sendToQuality)", pa, pb);
    return 0;
}
