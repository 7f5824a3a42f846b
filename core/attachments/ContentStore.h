#pragma once

#include "UserError.h"

#include <QCoreApplication>
#include <QImage>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QIODevice;

// The bytes of the files on cases, each distinct file once (attachment_contents, keyed by
// SHA-256), and the thumbnails of the pictures (attachment_thumbnails). A file is written in
// 1 MB pieces through SQLite's incremental blob I/O into a row made at its full size, and read
// back the same way, so a 25 MB file is never held in memory as a whole on its way in or out.
// On a PostgreSQL server the bytes are a bytea column: written as one bound value, read in pieces
// (ServerBlobReader).
class ContentStore
{
    Q_DECLARE_TR_FUNCTIONS(ContentStore)
public:
    explicit ContentStore(QSqlDatabase db);

    // Stores what source holds (from its start) unless the same bytes are stored already;
    // returns their SHA-256 in hex. Call inside a write transaction. Throws UserError when the
    // source changed while it was stored (the hash before and after differ).
    QString put(QIODevice& source, const QString& fileName);
    bool contains(const QString& sha256) const;
    qint64 size(const QString& sha256) const; // -1 when not stored
    // The stored bytes as a device that reads them in place (BlobReader).
    std::unique_ptr<QIODevice> open(const QString& sha256) const;

    bool hasThumbnail(const QString& sha256) const;
    void putThumbnail(const QString& sha256, const QByteArray& jpeg, const QSize& shownSize);
    QImage thumbnail(const QString& sha256) const; // null when there is none

    // SHA-256 of what source holds from its start, read in pieces; leaves it at its end.
    static QString hashOf(QIODevice& source);

private:
    qint64 rowidOf(const QString& sha256) const; // 0 when not stored (SQLite)
    void putOnServer(QIODevice& source, qint64 size, const QString& sha256, const QString& fileName);
    static UserError changedWhileAdded(const QString& fileName);
    void write(qint64 rowid, QIODevice& source, qint64 size, const QString& sha256, const QString& fileName);
    QSqlDatabase m_db;
};
