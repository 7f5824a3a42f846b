#include "attachments/Attachment.h"

#include <QFileInfo>

NewAttachment NewAttachment::fromFile(const QString& path, const QString& caption)
{
    NewAttachment a;
    a.fileName = QFileInfo(path).fileName();
    a.path = path;
    a.caption = caption;
    return a;
}

NewAttachment NewAttachment::fromBytes(const QString& fileName, const QByteArray& bytes,
                                       const QString& caption)
{
    NewAttachment a;
    a.fileName = fileName;
    a.bytes = bytes;
    a.caption = caption;
    return a;
}

qint64 NewAttachment::size() const
{
    if (path.isEmpty())
        return bytes.size();
    const QFileInfo info(path);
    return info.isFile() ? info.size() : -1;
}
