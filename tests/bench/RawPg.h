#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct pg_conn;
struct pg_result;

// The physical limit on a server: libpq with no layer over it. A statement is prepared once on
// the server (PQprepare) and run with PQexecPrepared, its parameters sent as text; every value of
// every row is touched as a list would touch it.
class RawPgDb
{
public:
    // address: postgresql://USER@HOST[:PORT]/DB, as the application takes it (libpq reads the
    // password from PGPASSWORD or ~/.pgpass).
    explicit RawPgDb(const QString& address);
    ~RawPgDb();
    RawPgDb(const RawPgDb&) = delete;
    RawPgDb& operator=(const RawPgDb&) = delete;
    pg_conn* handle() const { return m_conn; }
    void exec(const char* sql);
    int backendPid() const;

private:
    pg_conn* m_conn = nullptr;
};

class RawPgStatement
{
public:
    RawPgStatement(pg_conn* conn, const char* sql);
    ~RawPgStatement();
    RawPgStatement(const RawPgStatement&) = delete;
    RawPgStatement& operator=(const RawPgStatement&) = delete;

    RawPgStatement& bind(qint64 value);
    RawPgStatement& bind(const QByteArray& utf8);
    RawPgStatement& bindNull();
    // Runs with the values bound so far (then forgotten); reads every value; returns the rows.
    int readAll();
    // Runs and returns the first column of the first row as a number (0 when there is none).
    qint64 scalar();
    // Runs and returns the first column of every row as text.
    QList<QByteArray> texts();
    // Runs and returns every column of the first row as text (empty when there is no row).
    QList<QByteArray> firstRow();

private:
    pg_result* run();
    pg_conn* m_conn;
    QByteArray m_name;
    QList<QByteArray> m_values;
    QList<bool> m_null;
};

// Fails the benchmark with the server's message.
[[noreturn]] void rawPgFail(pg_conn* conn, const char* what);
