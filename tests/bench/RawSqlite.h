#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// The physical limit: the SQLite C API with no layer over it. A statement is prepared once and
// reused; rows are read column by column as raw bytes, the least any caller can do.
class RawStatement
{
public:
    RawStatement(sqlite3* db, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    RawStatement& bind(int index, qint64 value);
    RawStatement& bind(int index, const QByteArray& utf8);
    RawStatement& bindNull(int index);
    bool step(); // true while there is a row; throws on error
    qint64 int64(int column) const;
    QByteArray text(int column) const;
    // Steps every row, touching each column as a list would; resets; returns the row count.
    int readAll();
    void reset();
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

class RawDb
{
public:
    // WAL and synchronous=FULL, as the application opens it.
    explicit RawDb(const QString& path);
    ~RawDb();
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;
    sqlite3* handle() const { return m_db; }
    void exec(const char* sql);

private:
    sqlite3* m_db = nullptr;
};

// Fails the benchmark with SQLite's message.
[[noreturn]] void rawFail(sqlite3* db, const char* what);
// Keeps the compiler from dropping reads whose results are not used.
extern volatile qint64 rawSink;
