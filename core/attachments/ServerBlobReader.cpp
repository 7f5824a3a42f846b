#include "attachments/ServerBlobReader.h"

#include "db/Sql.h"

#include <cstring>

namespace {
constexpr qint64 pieceSize = 1024 * 1024;
} // namespace

ServerBlobReader::ServerBlobReader(QSqlDatabase db, QString sha256, qint64 size)
    : m_db(std::move(db))
    , m_sha256(std::move(sha256))
    , m_size(size)
{
    // Unbuffered: QIODevice reads no further ahead than asked, so m_at is where the next read starts.
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool ServerBlobReader::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size)
        return false;
    m_at = pos;
    return QIODevice::seek(pos);
}

qint64 ServerBlobReader::readData(char* data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize && m_at < m_size) {
        if (m_pieceAt < 0 || m_at < m_pieceAt || m_at >= m_pieceAt + m_piece.size()) {
            // A piece starts at a multiple of pieceSize; substring counts from 1.
            const qint64 start = m_at - m_at % pieceSize;
            m_piece
                = Sql::scalar(m_db,
                              QStringLiteral("SELECT substring(data FROM ? FOR ?) FROM attachment_contents "
                                             "WHERE sha256 = ?"),
                              {start + 1, pieceSize, m_sha256})
                      .toByteArray();
            m_pieceAt = start;
            if (m_piece.isEmpty())
                return copied > 0 ? copied : -1;
        }
        const qint64 offset = m_at - m_pieceAt;
        const qint64 n = std::min(maxSize - copied, qint64(m_piece.size()) - offset);
        std::memcpy(data + copied, m_piece.constData() + offset, static_cast<size_t>(n));
        copied += n;
        m_at += n;
    }
    return copied;
}
