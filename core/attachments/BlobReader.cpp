#include "attachments/BlobReader.h"

#include "attachments/SqliteErrors.h"
#include "db/Sql.h"

#include <sqlite3.h>

BlobReader::BlobReader(const QSqlDatabase& db, const char* table, const char* column, qint64 rowid)
{
    sqlite3* handle = Sql::handle(db);
    const int rc = sqlite3_blob_open(handle, "main", table, column, rowid, 0, &m_blob);
    if (rc != SQLITE_OK) {
        sqlite3_blob_close(m_blob); // a failed open may still hand out a handle
        m_blob = nullptr;
        SqliteErrors::raise(db, rc, QStringLiteral("reading a stored file"));
    }
    m_size = sqlite3_blob_bytes(m_blob);
    // Unbuffered: QIODevice reads no further ahead than asked, so m_at is where the next read starts.
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

BlobReader::~BlobReader()
{
    BlobReader::close();
}

void BlobReader::close()
{
    if (m_blob) {
        sqlite3_blob_close(m_blob);
        m_blob = nullptr;
    }
    QIODevice::close();
}

bool BlobReader::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size)
        return false;
    m_at = pos;
    return QIODevice::seek(pos);
}

qint64 BlobReader::readData(char* data, qint64 maxSize)
{
    if (!m_blob)
        return -1;
    const qint64 n = std::min(maxSize, m_size - m_at);
    if (n <= 0)
        return 0;
    if (sqlite3_blob_read(m_blob, data, static_cast<int>(n), static_cast<int>(m_at)) != SQLITE_OK)
        return -1;
    m_at += n;
    return n;
}
