#include "CliMigrateCommand.h"

#include "CliCommands.h"
#include "GrantAdvice.h"
#include "ReadDatabase.h"
#include "db/MovedFile.h"
#include "db/ServerAddress.h"
#include "transfer/OfficeMove.h"

#include <QCommandLineParser>

namespace {
QString rate(qint64 count, qint64 ms)
{
    return QString::number(count * 1000.0 / std::max<qint64>(ms, 1), 'f', 0);
}
} // namespace

QString CliMigrateCommand::usage()
{
    return tr(
        "  migrate --from FILE --to postgresql://USER@HOST[:PORT]/DB   move an office's database file\n"
        "        to an empty database on a PostgreSQL server: every table copied, then compared; the file\n"
        "        then refuses every change and names the server");
}

int CliMigrateCommand::run(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), tr("The database FILE to move."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The empty database on the server."),
                                QStringLiteral("ADDRESS"));
    parser.addOptions({from, to});
    if (!parser.parse(args))
        return cli.usage(parser.errorText());
    if (!parser.isSet(from) || !parser.isSet(to) || !parser.positionalArguments().isEmpty())
        return cli.usage(tr("migrate needs --from FILE and --to postgresql://USER@HOST[:PORT]/DB."));
    const QString file = parser.value(from);
    const QString server = parser.value(to);
    if (ServerAddress::isServer(file))
        return cli.usage(tr("--from names the database file to move, not a server."));
    if (!ServerAddress::isServer(server))
        return cli.usage(tr("--to names the database on the server: postgresql://USER@HOST[:PORT]/DB."));
    {
        // A file of an older version is refused in the words of every command that reads one.
        const ReadDatabase source(file);
    }

    QString shownTable;
    const OfficeMove::Result result
        = OfficeMove(file, server)
              .run([&](OfficeMove::Phase phase, const QString& table, qint64 done, qint64 total) {
                  if (table != shownTable && !shownTable.isEmpty())
                      cli.err() << Qt::endl;
                  shownTable = table;
                  if (phase == OfficeMove::Phase::Analyze) {
                      cli.err() << tr("Updating the server's statistics of the moved rows…");
                      cli.err().flush();
                      return;
                  }
                  const int rows = static_cast<int>(total);
                  const QString step = phase == OfficeMove::Phase::Copy
                      ? tr("Copying %1: %2 of %n row(s)", nullptr, rows)
                      : phase == OfficeMove::Phase::Check
                      ? tr("Checking %1: %2 of %n row(s)", nullptr, rows)
                      : tr("Indexing %1 again as the server searches it: %2 of %n row(s)", nullptr, rows);
                  cli.err() << step.arg(table).arg(done) << '\r';
                  cli.err().flush();
              });
    cli.err() << Qt::endl;

    QTextStream& out = cli.out();
    int differing = 0;
    out << tr("Table") << u'\t' << tr("Rows in the file") << u'\t' << tr("Rows on the server") << u'\t'
        << tr("Checksum (SHA-256)") << u'\t' << tr("Result") << Qt::endl;
    for (const OfficeMove::TableResult& table : result.tables) {
        const bool same = table.matches();
        differing += same ? 0 : 1;
        out << table.table << u'\t' << table.fileRows << u'\t' << table.serverRows << u'\t'
            << QString::fromLatin1(table.fileSum.left(16));
        if (table.serverSum != table.fileSum)
            out << u'/' << QString::fromLatin1(table.serverSum.left(16));
        out << u'\t' << (same ? tr("same") : tr("DIFFERENT"));
        if (!table.note.isEmpty())
            out << u'\t' << table.note;
        out << Qt::endl;
    }
    if (!result.fileOnly.isEmpty())
        out << tr("Not copied: %1 (SQLite's own storage of the search index; the server keeps its own).")
                   .arg(result.fileOnly.join(QStringLiteral(", ")))
            << Qt::endl;
    out << tr("Copied %n row(s) (%1 MB) in %2 s: %3 rows a second; read back and compared in %4 s.", nullptr,
              static_cast<int>(result.rows))
               .arg(result.bytes / 1048576.0, 0, 'f', 1)
               .arg(result.copyMs / 1000.0, 0, 'f', 1)
               .arg(rate(result.rows, result.copyMs))
               .arg(result.checkMs / 1000.0, 0, 'f', 1)
        << Qt::endl;
    out << tr("The search text of %n case(s) indexed again as the server stores it (lower case, without "
              "accents) in %1 s.",
              nullptr, static_cast<int>(result.reindexed))
               .arg(result.indexMs / 1000.0, 0, 'f', 1)
        << Qt::endl;
    if (result.kept)
        out << tr("The server's statistics of the moved rows (what it needs to choose its indexes) "
                  "updated in %1 s.")
                   .arg(result.analyzeMs / 1000.0, 0, 'f', 1)
            << Qt::endl;
    if (!result.kept) {
        cli.err() << tr(
            "%n table(s) differ between the file and the server, so nothing was kept: the server "
            "database is as a new QualityLoop database (its tables, no users, cases or audit entries).",
            nullptr, differing)
                  << Qt::endl;
        return CliCommands::Refused;
    }
    out << tr("All %n table(s) are the same on the server as in the file. The office now works on %1: the "
              "file refuses every change from now on (it says where the office went) and stays as the "
              "record of the move.",
              nullptr, static_cast<int>(result.tables.size()))
               .arg(MovedFile::serverOf(server))
        << Qt::endl;
    out << GrantAdvice::nextStep(server) << Qt::endl;
    return CliCommands::Ok;
}
