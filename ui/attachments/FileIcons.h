#pragma once

#include "attachments/Attachment.h"

#include <QIcon>
#include <QImage>

// The pictures of files in the window: a photo's own thumbnail, else a drawing of its kind
// (PDF, office document, text, file).
namespace FileIcons {
QIcon forKind(AttachmentKind kind);
// A thumbnail when there is one, else the kind's drawing.
QIcon of(AttachmentKind kind, const QImage& thumbnail);
// A file not added yet: its picture at most side pixels, or its kind's drawing.
QIcon preview(const NewAttachment& file, int side);
} // namespace FileIcons
