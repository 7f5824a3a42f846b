#include "PgBenchData.h"

#include "BenchUtil.h"
#include "RawPg.h"
#include "db/Database.h"
#include "db/ServerAddress.h"
#include "sample/SampleData.h"
#include "transfer/OfficeMove.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <libpq-fe.h>
#include <stdexcept>

namespace {
bool exists(RawPgDb& server, const QString& database)
{
    RawPgStatement q(server.handle(), "SELECT count(*) FROM pg_database WHERE datname = $1");
    return q.bind(database.toUtf8()).scalar() > 0;
}

qint64 casesIn(const QString& address)
{
    RawPgDb db(address);
    RawPgStatement tables(db.handle(), "SELECT count(*) FROM pg_tables WHERE tablename = 'cases'");
    if (tables.scalar() == 0)
        return 0;
    RawPgStatement count(db.handle(), "SELECT count(*) FROM cases");
    return count.scalar();
}

void generate(const QString& file, qint64 cases)
{
    std::fprintf(stderr, "generating %lld cases in %s\n", cases, qPrintable(file));
    Database db(file);
    SampleOptions sample;
    sample.cases = cases;
    sample.photos = false; // the file store is not what this benchmark times
    sample.progress = [](qint64 done, qint64 total) {
        if (done % 10000 == 0 || done == total)
            std::fprintf(stderr, "  generated %lld of %lld cases\n", done, total);
    };
    QElapsedTimer timer;
    timer.start();
    SampleData::generate(db.connection(), sample);
    std::fprintf(stderr, "  generated in %.0f s\n", Bench::msSince(timer) / 1000);
}
} // namespace

QString PgBenchData::prepare() const
{
    ServerAddress address = ServerAddress::parse(server);
    address.database = database;
    const QString target = address.text();
    {
        RawPgDb maintenance(server);
        const QByteArray quoted = '"' + database.toUtf8() + '"';
        if (exists(maintenance, database)) {
            // The saves of earlier runs added cases: at least as many as asked for is the same data.
            const qint64 there = reuse ? casesIn(target) : 0;
            if (there >= cases) {
                std::fprintf(stderr, "reusing %s (%lld cases)\n", qPrintable(target), there);
                return target;
            }
            maintenance.exec(QByteArray("DROP DATABASE " + quoted + " WITH (FORCE)").constData());
        }
        maintenance.exec(QByteArray("CREATE DATABASE " + quoted).constData());
    }
    if (!QFileInfo::exists(file))
        generate(file, cases);
    else
        std::fprintf(stderr, "moving the cases of %s (made before)\n", qPrintable(file));
    {
        const Database current(file); // a file made by an older build gets the newer migrations first
    }
    // A copy is moved: the move marks its file as moved (MovedFile), and the next run moves again.
    const QString moving = file + QStringLiteral(".moving");
    QFile::remove(moving);
    if (!QFile::copy(file, moving))
        throw std::runtime_error("the file to move cannot be copied next to it");
    QElapsedTimer timer;
    timer.start();
    const OfficeMove::Result moved
        = OfficeMove(moving, target)
              .run([](OfficeMove::Phase phase, const QString& table, qint64 done, qint64 total) {
                  if (done == total && total > 10000)
                      std::fprintf(stderr, "  %s %s: %lld rows\n",
                                   phase == OfficeMove::Phase::Copy ? "copied" : "checked", qPrintable(table),
                                   total);
              });
    QFile::remove(moving);
    if (!moved.kept)
        throw std::runtime_error("the move to the server did not match the file");
    std::fprintf(stderr, "  moved %lld rows in %.0f s (copy %lld s, check %lld s)\n", moved.rows,
                 Bench::msSince(timer) / 1000, moved.copyMs / 1000, moved.checkMs / 1000);
    timer.restart();
    RawPgDb db(target);
    db.exec("VACUUM ANALYZE");
    std::fprintf(stderr, "  VACUUM ANALYZE in %.0f s\n", Bench::msSince(timer) / 1000);
    if (casesIn(target) != cases)
        throw std::runtime_error("the server database does not hold the cases asked for (another --file?)");
    return target;
}
