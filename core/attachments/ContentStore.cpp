#include "attachments/ContentStore.h"

#include "UserError.h"
#include "attachments/BlobReader.h"
#include "attachments/ServerBlobReader.h"
#include "attachments/SqliteErrors.h"
#include "db/Sql.h"

#include <QCryptographicHash>
#include <QIODevice>

#include <sqlite3.h>

namespace {
constexpr qint64 pieceSize = 1024 * 1024;
} // namespace

ContentStore::ContentStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString ContentStore::hashOf(QIODevice& source)
{
    source.seek(0);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&source);
    return QString::fromLatin1(hash.result().toHex());
}

qint64 ContentStore::rowidOf(const QString& sha256) const
{
    QSqlQuery& q = Sql::cached(m_db, QStringLiteral("SELECT rowid FROM attachment_contents WHERE sha256 = ?"),
                               {sha256});
    const qint64 rowid = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return rowid;
}

bool ContentStore::contains(const QString& sha256) const
{
    return size(sha256) >= 0;
}

qint64 ContentStore::size(const QString& sha256) const
{
    const QVariant v = Sql::scalar(
        m_db, QStringLiteral("SELECT size FROM attachment_contents WHERE sha256 = ?"), {sha256});
    return v.isValid() ? v.toLongLong() : -1;
}

QString ContentStore::put(QIODevice& source, const QString& fileName)
{
    const QString sha256 = hashOf(source);
    if (contains(sha256))
        return sha256; // the same file again: stored once
    const qint64 size = source.size();
    if (Sql::isServer(m_db)) {
        putOnServer(source, size, sha256, fileName);
        return sha256;
    }
    // The row at its full size first (zeroblob costs no memory), then its bytes written into it.
    QSqlQuery insert = Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO attachment_contents(sha256, size, data) VALUES (?, ?, zeroblob(?))"),
        {sha256, size, size});
    const qint64 rowid = insert.lastInsertId().toLongLong();
    insert.finish();
    write(rowid, source, size, sha256, fileName);
    return sha256;
}

void ContentStore::write(qint64 rowid, QIODevice& source, qint64 size, const QString& sha256,
                         const QString& fileName)
{
    if (size == 0)
        return;
    sqlite3_blob* blob = nullptr;
    const int rc
        = sqlite3_blob_open(Sql::handle(m_db), "main", "attachment_contents", "data", rowid, 1, &blob);
    if (rc != SQLITE_OK)
        SqliteErrors::raise(m_db, rc, QStringLiteral("storing a file"));
    QCryptographicHash check(QCryptographicHash::Sha256);
    QByteArray piece(static_cast<int>(pieceSize), Qt::Uninitialized);
    qint64 at = 0;
    source.seek(0);
    while (at < size) {
        const qint64 n = source.read(piece.data(), std::min(pieceSize, size - at));
        if (n <= 0)
            break;
        const int written
            = sqlite3_blob_write(blob, piece.constData(), static_cast<int>(n), static_cast<int>(at));
        if (written != SQLITE_OK) {
            sqlite3_blob_close(blob);
            SqliteErrors::raise(m_db, written, QStringLiteral("storing a file"));
        }
        check.addData(QByteArrayView(piece.constData(), n));
        at += n;
    }
    const int closed = sqlite3_blob_close(blob);
    if (closed != SQLITE_OK)
        SqliteErrors::raise(m_db, closed, QStringLiteral("storing a file"));
    // Read twice (the hash first, to find a duplicate, then the bytes): a file changed in between
    // would be stored under a hash that is not its own.
    if (at != size || QString::fromLatin1(check.result().toHex()) != sha256)
        throw changedWhileAdded(fileName);
}

void ContentStore::putOnServer(QIODevice& source, qint64 size, const QString& sha256, const QString& fileName)
{
    // A server has no incremental blob I/O: the bytes go as one bound value (bytea), at most the
    // size limit (AttachmentSettings) checked before. Hashed again as read, for the same reason.
    source.seek(0);
    const QByteArray bytes = source.read(size);
    if (bytes.size() != size
        || QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha256)
        throw changedWhileAdded(fileName);
    Sql::exec(m_db, QStringLiteral("INSERT INTO attachment_contents(sha256, size, data) VALUES (?, ?, ?)"),
              {sha256, size, bytes});
}

UserError ContentStore::changedWhileAdded(const QString& fileName)
{
    return UserError(tr("“%1” changed while it was being added. Nothing was added; add it again once "
                        "it is saved.")
                         .arg(fileName));
}

std::unique_ptr<QIODevice> ContentStore::open(const QString& sha256) const
{
    if (Sql::isServer(m_db)) {
        const qint64 stored = size(sha256);
        if (stored < 0)
            throw UserError(tr("The file is not in the database."));
        return std::make_unique<ServerBlobReader>(m_db, sha256, stored);
    }
    const qint64 rowid = rowidOf(sha256);
    if (rowid <= 0)
        throw UserError(tr("The file is not in the database."));
    return std::make_unique<BlobReader>(m_db, "attachment_contents", "data", rowid);
}

bool ContentStore::hasThumbnail(const QString& sha256) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM attachment_thumbnails WHERE sha256 = ?"), {sha256})
        .isValid();
}

void ContentStore::putThumbnail(const QString& sha256, const QByteArray& jpeg, const QSize& shownSize)
{
    Sql::exec(m_db,
              QStringLiteral("INSERT INTO attachment_thumbnails(sha256, width, height, jpeg) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
              {sha256, shownSize.width(), shownSize.height(), jpeg});
}

QImage ContentStore::thumbnail(const QString& sha256) const
{
    QSqlQuery& q = Sql::cached(
        m_db, QStringLiteral("SELECT jpeg FROM attachment_thumbnails WHERE sha256 = ?"), {sha256});
    QImage image;
    if (q.next())
        image.loadFromData(q.value(0).toByteArray(), "JPEG");
    q.finish();
    return image;
}
