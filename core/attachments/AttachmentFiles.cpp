#include "attachments/AttachmentFiles.h"

#include "UserError.h"
#include "attachments/AttachmentRules.h"
#include "attachments/ContentStore.h"
#include "attachments/Photos.h"

#include <QDir>
#include <QIODevice>
#include <QSaveFile>

AttachmentFiles::AttachmentFiles(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void AttachmentFiles::requireReadable(const User& reader, const Attachment& a) const
{
    if (!a.isWithdrawn())
        return;
    const QString refusal = AttachmentRules::seeWithdrawnRefusal(reader);
    if (!refusal.isEmpty())
        throw UserError(refusal);
}

QImage AttachmentFiles::thumbnail(const Attachment& a) const
{
    return ContentStore(m_db).thumbnail(a.sha256);
}

QImage AttachmentFiles::photo(const User& reader, const Attachment& a, int maxSide) const
{
    const std::unique_ptr<QIODevice> device = open(reader, a);
    return Photos::read(*device, maxSide);
}

std::unique_ptr<QIODevice> AttachmentFiles::open(const User& reader, const Attachment& a) const
{
    requireReadable(reader, a);
    return ContentStore(m_db).open(a.sha256);
}

void AttachmentFiles::saveTo(const User& reader, const Attachment& a, const QString& path) const
{
    const std::unique_ptr<QIODevice> source = open(reader, a);
    QSaveFile target(path);
    const auto refuse = [&](const QString& why) {
        return UserError(tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), why));
    };
    if (!target.open(QIODevice::WriteOnly))
        throw refuse(target.errorString());
    QByteArray piece(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source->read(piece.data(), piece.size());
        if (n < 0)
            throw refuse(tr("the stored file could not be read"));
        if (n == 0)
            break;
        if (target.write(piece.constData(), n) != n)
            throw refuse(target.errorString());
    }
    if (!target.commit())
        throw refuse(target.errorString());
}
