#pragma once

#include "attachments/Attachment.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

// The kind and media type of a file, found from its contents (and its name where the contents
// do not say), and the words for them.
class AttachmentKinds
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentKinds)
public:
    struct Found
    {
        AttachmentKind kind = AttachmentKind::File;
        QString mediaType;
    };
    // Reads the start of the file; a picture is a photo when this Qt can read it (so HEIC is
    // a photo only where an image plugin for it is installed, and a file otherwise).
    static Found of(const QString& fileName, QIODevice& contents);
    static QString code(AttachmentKind kind); // "photo", "pdf", "office", "text", "file"
    static AttachmentKind fromCode(const QString& code);
    static QString displayName(AttachmentKind kind);
};
