#pragma once

#include <QIODevice>
#include <QSqlDatabase>

struct sqlite3_blob;

// A stored file read in place through SQLite's incremental blob I/O: a photo is decoded and a
// file is copied out without its bytes being loaded into memory as a whole. Holds a read
// snapshot of the database while it is open, so keep it short-lived (on the thread of the
// connection). Throws DatabaseError when the row cannot be opened.
class BlobReader : public QIODevice
{
public:
    BlobReader(const QSqlDatabase& db, const char* table, const char* column, qint64 rowid);
    ~BlobReader() override;
    BlobReader(const BlobReader&) = delete;
    BlobReader& operator=(const BlobReader&) = delete;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;
    void close() override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    sqlite3_blob* m_blob = nullptr;
    qint64 m_size = 0;
    qint64 m_at = 0;
};
