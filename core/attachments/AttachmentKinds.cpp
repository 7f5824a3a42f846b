#include "attachments/AttachmentKinds.h"

#include <QIODevice>
#include <QImageReader>
#include <QMimeDatabase>

namespace {
bool isOffice(const QMimeType& type)
{
    const QString name = type.name();
    return name == QLatin1String("application/msword") || name == QLatin1String("application/rtf")
        || name.startsWith(QLatin1String("application/vnd.ms-"))
        || name.startsWith(QLatin1String("application/vnd.openxmlformats-officedocument."))
        || name.startsWith(QLatin1String("application/vnd.oasis.opendocument."))
        || name == QLatin1String("application/vnd.visio");
}
} // namespace

AttachmentKinds::Found AttachmentKinds::of(const QString& fileName, QIODevice& contents)
{
    Found found;
    const qint64 start = contents.pos();
    const QMimeType type = QMimeDatabase().mimeTypeForFileNameAndData(fileName, &contents);
    contents.seek(start);
    found.mediaType = type.isValid() ? type.name() : QStringLiteral("application/octet-stream");
    QImageReader reader(&contents);
    const bool picture = reader.canRead();
    contents.seek(start);
    if (picture) {
        found.kind = AttachmentKind::Photo;
        if (!found.mediaType.startsWith(QLatin1String("image/")))
            found.mediaType = QStringLiteral("image/") + QString::fromLatin1(reader.format());
    } else if (type.inherits(QStringLiteral("application/pdf"))) {
        found.kind = AttachmentKind::Pdf;
    } else if (isOffice(type)) {
        found.kind = AttachmentKind::Office;
    } else if (type.inherits(QStringLiteral("text/plain"))) {
        found.kind = AttachmentKind::Text;
    }
    return found;
}

QString AttachmentKinds::code(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::Photo:
        return QStringLiteral("photo");
    case AttachmentKind::Pdf:
        return QStringLiteral("pdf");
    case AttachmentKind::Office:
        return QStringLiteral("office");
    case AttachmentKind::Text:
        return QStringLiteral("text");
    case AttachmentKind::File:
        break;
    }
    return QStringLiteral("file");
}

AttachmentKind AttachmentKinds::fromCode(const QString& code)
{
    for (AttachmentKind k :
         {AttachmentKind::Photo, AttachmentKind::Pdf, AttachmentKind::Office, AttachmentKind::Text})
        if (code == AttachmentKinds::code(k))
            return k;
    return AttachmentKind::File;
}

QString AttachmentKinds::displayName(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::Photo:
        return tr("Photo");
    case AttachmentKind::Pdf:
        return tr("PDF file");
    case AttachmentKind::Office:
        return tr("Office file");
    case AttachmentKind::Text:
        return tr("Text");
    case AttachmentKind::File:
        break;
    }
    return tr("File");
}
