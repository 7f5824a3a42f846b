#include "attachments/AttachmentService.h"

#include "UserError.h"
#include "attachments/AttachmentKinds.h"
#include "attachments/AttachmentQuery.h"
#include "attachments/AttachmentRules.h"
#include "attachments/ContentStore.h"
#include "attachments/Photos.h"
#include "cases/CaseStore.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/WriteScope.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <memory>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using Fields = RecordWriter::Fields;

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString withSuffix(const QString& name, const QByteArray& format)
{
    const QFileInfo info(name);
    const QString base = info.completeBaseName().isEmpty() ? name : info.completeBaseName();
    return base + u'.' + QString::fromLatin1(format);
}

#ifdef Q_OS_UNIX
bool sameFile(const QString& a, const QString& b)
{
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0
        && ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev
        && sa.st_ino == sb.st_ino;
}
#endif
} // namespace

AttachmentService::AttachmentService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

AttachmentLimits AttachmentService::limits() const
{
    return AttachmentSettings(m_db).load();
}

bool AttachmentService::isDatabaseFile(const QString& path) const
{
    // Opening and closing the database file (or its log) with anything but SQLite drops this
    // process's locks on it, and another program would delete the log under us: never read it.
    const QString database = m_db.databaseName();
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString other = database + suffix;
        const QString canonical = QFileInfo(other).canonicalFilePath();
        if (!canonical.isEmpty() && canonical == QFileInfo(path).canonicalFilePath())
            return true;
#ifdef Q_OS_UNIX
        if (sameFile(path, other))
            return true;
#endif
    }
    return false;
}

void AttachmentService::check(const QList<NewAttachment>& files) const
{
    check(files, limits());
}

void AttachmentService::check(const QList<NewAttachment>& files, const AttachmentLimits& limits) const
{
    QStringList problems;
    for (const NewAttachment& file : files) {
        const QString name = file.fileName.trimmed().isEmpty() ? file.path : file.fileName.trimmed();
        if (name.isEmpty()) {
            problems.append(tr("A file has no name."));
            continue;
        }
        if (!file.path.isEmpty()) {
            const QFileInfo info(file.path);
            if (!info.isFile()) {
                problems.append(tr("“%1” cannot be found.").arg(name));
                continue;
            }
            if (isDatabaseFile(file.path)) {
                problems.append(tr("“%1” is this QualityLoop database itself; it cannot be added to a case. "
                                   "To keep a copy, make a backup (File > Back up now…).")
                                    .arg(name));
                continue;
            }
            if (!info.isReadable()) {
                problems.append(tr("“%1” cannot be read: you may not open it.").arg(name));
                continue;
            }
        }
        const qint64 size = file.size();
        if (size == 0)
            problems.append(tr("“%1” is empty.").arg(name));
        else if (size > limits.maxFileBytes())
            problems.append(
                tr("“%1” is %2 MB; a file can be at most %3 MB (Administration > Settings > Files).")
                    .arg(name, megabytes(size))
                    .arg(limits.maxFileMegabytes));
    }
    if (!problems.isEmpty())
        throw UserError(problems.join(u' ') + u' ' + tr("Nothing was added."),
                        {{QStringLiteral("files"), problems.join(u'\n')}});
}

int AttachmentService::bumpVersion(qint64 caseId)
{
    const CaseStore store(m_db);
    store.lockForChange(caseId);
    const std::optional<int> version = store.version(caseId);
    if (!version)
        throw UserError(tr("There is no case with the id %1.").arg(caseId));
    const int next = *version + 1;
    store.setVersion(caseId, next);
    return next;
}

QList<qint64> AttachmentService::add(const User& user, qint64 caseId, const QList<NewAttachment>& files,
                                     const QString& step)
{
    const QString refusal = AttachmentRules::addRefusal(user);
    if (!refusal.isEmpty())
        throw UserError(refusal);
    if (files.isEmpty())
        return {};
    const AttachmentLimits current = limits();
    check(files, current);
    WriteScope scope(m_db);
    RecordWriter writer(m_db, user.id, m_clock.now(), bumpVersion(caseId));
    QList<qint64> ids;
    for (const NewAttachment& file : files)
        ids.append(addOne(writer, user, caseId, file, step, current));
    scope.commit();
    return ids;
}

qint64 AttachmentService::addOne(RecordWriter& writer, const User& user, qint64 caseId,
                                 const NewAttachment& file, const QString& step,
                                 const AttachmentLimits& limits)
{
    QString name
        = file.fileName.trimmed().isEmpty() ? QFileInfo(file.path).fileName() : file.fileName.trimmed();
    std::unique_ptr<QIODevice> source;
    if (!file.path.isEmpty()) {
        auto f = std::make_unique<QFile>(file.path);
        if (!f->open(QIODevice::ReadOnly))
            throw UserError(tr("“%1” cannot be read: %2. Nothing was added.").arg(name, f->errorString()));
        source = std::move(f);
    } else {
        auto b = std::make_unique<QBuffer>();
        b->setData(file.bytes);
        b->open(QIODevice::ReadOnly);
        source = std::move(b);
    }
    AttachmentKinds::Found found = AttachmentKinds::of(name, *source);
    if (found.kind == AttachmentKind::Photo && limits.photoMaxSide > 0) {
        QByteArray format;
        if (const auto scaled = Photos::scaledDown(*source, limits.photoMaxSide, format)) {
            auto b = std::make_unique<QBuffer>();
            b->setData(*scaled);
            b->open(QIODevice::ReadOnly);
            source = std::move(b);
            name = withSuffix(name, format);
            found.mediaType = format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
        }
    }
    ContentStore store(m_db);
    const QString sha256 = store.put(*source, name);
    if (found.kind == AttachmentKind::Photo && !store.hasThumbnail(sha256)) {
        QSize shown;
        const QImage small = Photos::read(*source, Photos::thumbnailSide, &shown);
        if (small.isNull())
            found.kind = AttachmentKind::File; // says it is a picture but cannot be shown: kept as a file
        else
            store.putThumbnail(sha256, Photos::thumbnailJpeg(small), shown);
    }
    return writer.insert(QStringLiteral("case_attachments"), caseId,
                         Fields {{QStringLiteral("case_id"), caseId},
                                 {QStringLiteral("sha256"), sha256},
                                 {QStringLiteral("file_name"), name},
                                 {QStringLiteral("media_type"), found.mediaType},
                                 {QStringLiteral("kind"), AttachmentKinds::code(found.kind)},
                                 {QStringLiteral("size"), source->size()},
                                 {QStringLiteral("caption"), file.caption.trimmed()},
                                 {QStringLiteral("step"), step},
                                 {QStringLiteral("added_at"), m_clock.now()},
                                 {QStringLiteral("added_by"), user.id}});
}

qint64 AttachmentService::saveWith(const User& user, const QList<NewAttachment>& files, const QString& step,
                                   const std::function<qint64()>& save)
{
    if (files.isEmpty())
        return save();
    const QString refusal = AttachmentRules::addRefusal(user);
    if (!refusal.isEmpty())
        throw UserError(refusal);
    check(files); // a refused file keeps the record from being saved without it
    WriteScope scope(m_db);
    const qint64 caseId = save();
    add(user, caseId, files, step);
    scope.commit();
    return caseId;
}

void AttachmentService::withdraw(const User& user, qint64 attachmentId, const QString& reason)
{
    WriteScope scope(m_db);
    const Attachment a = AttachmentQuery(m_db).load(attachmentId);
    const QString refusal = AttachmentRules::withdrawRefusal(user, a);
    if (!refusal.isEmpty())
        throw UserError(refusal);
    if (reason.trimmed().isEmpty()) {
        const QString message
            = tr("Say why “%1” is withdrawn: the reason stays in the case's history.").arg(a.fileName);
        throw UserError(message, {{QStringLiteral("reason"), message}});
    }
    RecordWriter writer(m_db, user.id, m_clock.now(), bumpVersion(a.caseId));
    writer.update(QStringLiteral("case_attachments"), a.id, a.caseId,
                  {{QStringLiteral("withdrawn_at"), m_clock.now()},
                   {QStringLiteral("withdrawn_by"), user.id},
                   {QStringLiteral("withdrawn_reason"), reason.trimmed()}});
    scope.commit();
}
