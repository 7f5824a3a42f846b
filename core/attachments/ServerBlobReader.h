#pragma once

#include <QIODevice>
#include <QSqlDatabase>

// A stored file read from a PostgreSQL server in 1 MB pieces (substring of the bytea column), the
// server's form of BlobReader: a photo is decoded and a file is copied out without its bytes being
// held in memory as a whole. Each piece is one query by the file's SHA-256; the stored bytes never
// change (a trigger refuses it), so the pieces are of the same file. Throws DatabaseError when a
// piece cannot be read.
class ServerBlobReader : public QIODevice
{
public:
    ServerBlobReader(QSqlDatabase db, QString sha256, qint64 size);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QSqlDatabase m_db;
    QString m_sha256;
    qint64 m_size = 0;
    qint64 m_at = 0;
    QByteArray m_piece; // the piece last read, from m_pieceAt
    qint64 m_pieceAt = -1;
};
