#pragma once

#include "attachments/Attachment.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QImage>
#include <QSqlDatabase>

#include <memory>

class QIODevice;

// The contents of the files on cases, read back from the database: the thumbnail the case view
// shows, the photo the viewer shows (upright, as its EXIF orientation says), and the file itself
// copied out unchanged (Save as…, opening it with the system's program, the command line's
// --extract). A withdrawn file is read only for an administrator.
class AttachmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentFiles)
public:
    explicit AttachmentFiles(QSqlDatabase db);

    QImage thumbnail(const Attachment& a) const; // null for a file that is not a picture
    // The photo upright, at most maxSide pixels on its longer side when maxSide > 0.
    QImage photo(const User& reader, const Attachment& a, int maxSide = 0) const;
    // The stored bytes, read in place (keep the device short-lived).
    std::unique_ptr<QIODevice> open(const User& reader, const Attachment& a) const;
    // Writes the file, byte for byte as it was added, to path (atomically: on failure nothing
    // is left there). Throws UserError saying why it could not be written.
    void saveTo(const User& reader, const Attachment& a, const QString& path) const;

private:
    void requireReadable(const User& reader, const Attachment& a) const;
    QSqlDatabase m_db;
};
