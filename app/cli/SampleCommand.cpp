#include "SampleCommand.h"

#include "CliCommands.h"
#include "db/Database.h"
#include "db/ServerAddress.h"
#include "sample/SampleData.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

QString SampleCommand::usage()
{
    return tr("  sample --database FILE --cases N [--seed S]   make a new database filled with sample data");
}

int SampleCommand::run(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption count(QStringLiteral("cases"), tr("How many cases."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the random data."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    parser.addOptions({database, count, seed});
    if (!parser.parse(args))
        return cli.usage(parser.errorText());
    bool countOk = false;
    bool seedOk = false;
    const qint64 n = parser.value(count).toLongLong(&countOk);
    const quint32 s = parser.value(seed).toUInt(&seedOk);
    if (!parser.isSet(database) || !countOk || n < 0 || !seedOk)
        return cli.usage(tr("sample needs --database FILE and --cases N (a whole number)."));
    if (ServerAddress::isServer(parser.value(database))) {
        cli.err() << SampleData::refusedOnServer() << Qt::endl;
        return CliCommands::Refused;
    }
    const QFileInfo file(parser.value(database));
    if (file.exists() && file.size() > 0) {
        cli.err() << tr("“%1” already exists and is not empty. Sample data only goes into a new database, so "
                        "that it "
                        "is never mixed with real cases. Name a new file.")
                         .arg(file.filePath())
                  << Qt::endl;
        return CliCommands::Refused;
    }
    Database db(file.filePath());
    QElapsedTimer timer;
    timer.start();
    SampleOptions options;
    options.cases = n;
    options.seed = s;
    options.progress = [&cli](qint64 done, qint64 total) {
        cli.err() << tr("%1 of %n case(s)", nullptr, static_cast<int>(total)).arg(done) << '\r';
        cli.err().flush();
    };
    SampleData::generate(db.connection(), options);
    cli.err() << Qt::endl;
    cli.out() << tr("Made %n sample case(s) in %1 s: %2", nullptr, static_cast<int>(n))
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                     .arg(file.filePath())
              << Qt::endl;
    cli.out() << tr("Sample users: sales, quality, tech, support, manager, admin; password: %1")
                     .arg(SampleData::demoPassword())
              << Qt::endl;
    return CliCommands::Ok;
}
