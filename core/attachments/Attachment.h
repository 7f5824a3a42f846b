#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// What a file on a case is, as the window shows it: a photo opens in the program's viewer
// and prints on the photo page; the others open with the system's program for them.
enum class AttachmentKind
{
    Photo, // a picture this Qt can read (JPEG, PNG; HEIC only where an image plugin reads it)
    Pdf,
    Office, // Word, Excel, PowerPoint, OpenDocument
    Text,
    File, // anything else, kept as it came
};

// A file on a case (issue 17): who added it, when, at which step, its name and caption; its
// bytes are in the database (attachment_contents), found by their SHA-256.
struct Attachment
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString sha256; // hex, 64 characters
    QString fileName;
    QString mediaType; // "image/jpeg", "application/pdf" ...
    AttachmentKind kind = AttachmentKind::File;
    qint64 size = 0; // bytes
    QString caption;
    QString step; // AttachmentSteps code: where it was added
    QDateTime addedAt;
    qint64 addedById = 0;
    QString addedBy; // display name
    QDateTime withdrawnAt; // invalid while it is on the case
    QString withdrawnBy;
    QString withdrawnReason;

    bool isWithdrawn() const { return withdrawnAt.isValid(); }
    bool isPhoto() const { return kind == AttachmentKind::Photo; }
};

// A file to add: a file on disk (path), or bytes in memory (a picture pasted from the
// clipboard), with the name it is shown by and an optional caption.
struct NewAttachment
{
    QString fileName;
    QString path; // read from here when set
    QByteArray bytes; // otherwise these are the contents
    QString caption;

    static NewAttachment fromFile(const QString& path, const QString& caption = {});
    static NewAttachment fromBytes(const QString& fileName, const QByteArray& bytes,
                                   const QString& caption = {});
    qint64 size() const; // -1 when the file cannot be found
};
