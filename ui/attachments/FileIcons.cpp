#include "attachments/FileIcons.h"

#include "attachments/AttachmentKinds.h"
#include "attachments/Photos.h"
#include "common/Icons.h"

#include <QBuffer>
#include <QFile>
#include <QPixmap>

#include <memory>

QIcon FileIcons::forKind(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::Photo:
        return Icons::action(QStringLiteral("photo"));
    case AttachmentKind::Pdf:
        return Icons::action(QStringLiteral("file-pdf"));
    case AttachmentKind::Office:
        return Icons::action(QStringLiteral("file-office"));
    case AttachmentKind::Text:
        return Icons::action(QStringLiteral("file-text"));
    case AttachmentKind::File:
        break;
    }
    return Icons::action(QStringLiteral("file"));
}

QIcon FileIcons::of(AttachmentKind kind, const QImage& thumbnail)
{
    return thumbnail.isNull() ? forKind(kind) : QIcon(QPixmap::fromImage(thumbnail));
}

QIcon FileIcons::preview(const NewAttachment& file, int side)
{
    std::unique_ptr<QIODevice> device;
    if (!file.path.isEmpty()) {
        auto f = std::make_unique<QFile>(file.path);
        if (!f->open(QIODevice::ReadOnly))
            return forKind(AttachmentKind::File);
        device = std::move(f);
    } else {
        auto b = std::make_unique<QBuffer>();
        b->setData(file.bytes);
        b->open(QIODevice::ReadOnly);
        device = std::move(b);
    }
    const AttachmentKind kind = AttachmentKinds::of(file.fileName, *device).kind;
    if (kind != AttachmentKind::Photo)
        return forKind(kind);
    return of(kind, Photos::read(*device, side));
}
