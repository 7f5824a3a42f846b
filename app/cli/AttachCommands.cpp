#include "AttachCommands.h"

#include "CliCommands.h"
#include "ReadDatabase.h"
#include "attachments/AttachmentFiles.h"
#include "attachments/AttachmentKinds.h"
#include "attachments/AttachmentQuery.h"
#include "attachments/AttachmentService.h"
#include "attachments/AttachmentSteps.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "reports/ReportService.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 2);
}

QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// The file's own name in the folder; a second file of the same name gets its id: "stem (12).jpg".
QString extractName(const Attachment& a, QSet<QString>& taken)
{
    QString name = QFileInfo(a.fileName).fileName();
    if (name.isEmpty() || name == QLatin1String(".."))
        name = QStringLiteral("file");
    if (taken.contains(name.toLower())) {
        const QFileInfo info(name);
        const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
        name = QStringLiteral("%1 (%2)%3").arg(info.completeBaseName()).arg(a.id).arg(suffix);
    }
    taken.insert(name.toLower());
    return name;
}
} // namespace

QString AttachCommands::attachUsage()
{
    return tr("  attach CASE-NUMBER FILE... --database DB --user NAME [--caption TEXT]\n"
              "        add files to a case (stored in the database; each file once)");
}

QString AttachCommands::listUsage()
{
    return tr("  attachments CASE-NUMBER --database DB [--extract FOLDER]\n"
              "        list a case's files; --extract copies them into FOLDER as they were added");
}

int AttachCommands::attach(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Who adds the files (a user name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption caption(QStringLiteral("caption"), tr("A caption for the files."),
                                     QStringLiteral("TEXT"));
    parser.addOptions({database, user, caption});
    if (!parser.parse(args))
        return cli.usage(parser.errorText());
    const QStringList words = parser.positionalArguments(); // CASE-NUMBER FILE...
    if (!parser.isSet(database) || !parser.isSet(user) || words.size() < 2)
        return cli.usage(tr("attach needs a CASE-NUMBER, at least one FILE, --database DB and --user NAME."));
    Database::Options options;
    options.create = false;
    const Database db(parser.value(database), options);
    const SystemClock clock;
    const auto who = UserService(db.connection()).userByName(parser.value(user).trimmed());
    if (!who || !who->active) {
        cli.err() << tr("There is no active user named “%1”.").arg(parser.value(user).trimmed()) << Qt::endl;
        return CliCommands::Refused;
    }
    const qint64 caseId = ReportService(db.connection()).caseIdOfNumber(words.first());
    QList<NewAttachment> files;
    for (const QString& path : words.mid(1))
        files.append(NewAttachment::fromFile(path, parser.value(caption)));
    const QList<qint64> ids
        = AttachmentService(db.connection(), clock).add(*who, caseId, files, AttachmentSteps::commandLine());
    const AttachmentQuery query(db.connection());
    for (qint64 id : ids) {
        const Attachment a = query.get(*who, id);
        cli.out() << tr("Added %1 (%2, %3 MB, SHA-256 %4) to %5")
                         .arg(a.fileName, AttachmentKinds::displayName(a.kind), megabytes(a.size), a.sha256,
                              words.first().trimmed())
                  << Qt::endl;
    }
    return CliCommands::Ok;
}

int AttachCommands::list(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption extract(QStringLiteral("extract"), tr("Copy the files into FOLDER."),
                                     QStringLiteral("FOLDER"));
    parser.addOptions({database, extract});
    if (!parser.parse(args))
        return cli.usage(parser.errorText());
    const QStringList words = parser.positionalArguments();
    if (!parser.isSet(database) || words.size() != 1)
        return cli.usage(tr("attachments needs one CASE-NUMBER and --database DB."));
    const ReadDatabase db(parser.value(database));
    const qint64 caseId = ReportService(db.connection()).caseIdOfNumber(words.first());
    const QList<Attachment> files = AttachmentQuery(db.connection()).list(caseId);
    QDir folder;
    if (parser.isSet(extract)) {
        folder = QDir(parser.value(extract));
        if (!folder.mkpath(QStringLiteral("."))) {
            cli.err() << tr("The folder “%1” cannot be made.").arg(QDir::toNativeSeparators(folder.path()))
                      << Qt::endl;
            return CliCommands::Refused;
        }
    }
    const AttachmentFiles contents(db.connection());
    QSet<QString> taken;
    for (const Attachment& a : files) {
        cli.out() << a.id << '\t' << a.fileName << '\t' << AttachmentKinds::code(a.kind) << '\t' << a.size
                  << '\t' << a.addedBy << '\t' << a.addedAt.toString(Qt::ISODate) << '\t'
                  << AttachmentSteps::displayName(a.step) << '\t' << a.sha256 << '\t' << a.caption << '\n';
        if (!parser.isSet(extract))
            continue;
        const QString path = folder.filePath(extractName(a, taken));
        contents.saveTo(User(), a, path);
        if (sha256Of(path) != a.sha256) {
            cli.err() << tr("“%1” was not copied correctly (its SHA-256 differs).").arg(path) << Qt::endl;
            return CliCommands::Refused;
        }
    }
    cli.out().flush();
    if (parser.isSet(extract))
        cli.err() << tr("%n file(s) copied into %1, each checked by its SHA-256.", nullptr,
                        static_cast<int>(files.size()))
                         .arg(QDir::toNativeSeparators(folder.path()))
                  << Qt::endl;
    else if (files.isEmpty())
        cli.err() << tr("Case %1 has no files.").arg(words.first().trimmed()) << Qt::endl;
    return CliCommands::Ok;
}
