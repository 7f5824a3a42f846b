#include "RawPg.h"

#include "RawSqlite.h" // rawSink

#include <libpq-fe.h>
#include <stdexcept>
#include <vector>

void rawPgFail(pg_conn* conn, const char* what)
{
    throw std::runtime_error(std::string(what) + ": " + PQerrorMessage(conn));
}

RawPgDb::RawPgDb(const QString& address)
{
    m_conn = PQconnectdb(address.toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK)
        rawPgFail(m_conn, "connecting with libpq");
    exec("SET client_min_messages = warning");
}

RawPgDb::~RawPgDb()
{
    PQfinish(m_conn);
}

void RawPgDb::exec(const char* sql)
{
    PGresult* r = PQexec(m_conn, sql);
    const ExecStatusType status = PQresultStatus(r);
    PQclear(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        rawPgFail(m_conn, sql);
}

int RawPgDb::backendPid() const
{
    return PQbackendPID(m_conn);
}

namespace {
int nextStatement = 0;
}

RawPgStatement::RawPgStatement(pg_conn* conn, const char* sql)
    : m_conn(conn)
    , m_name("raw_" + QByteArray::number(++nextStatement))
{
    PGresult* r = PQprepare(m_conn, m_name.constData(), sql, 0, nullptr);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok)
        rawPgFail(m_conn, sql);
}

RawPgStatement::~RawPgStatement() = default; // the server forgets it with the connection

RawPgStatement& RawPgStatement::bind(qint64 value)
{
    return bind(QByteArray::number(value));
}

RawPgStatement& RawPgStatement::bind(const QByteArray& utf8)
{
    m_values.append(utf8);
    m_null.append(false);
    return *this;
}

RawPgStatement& RawPgStatement::bindNull()
{
    m_values.append(QByteArray());
    m_null.append(true);
    return *this;
}

pg_result* RawPgStatement::run()
{
    std::vector<const char*> values;
    values.reserve(static_cast<size_t>(m_values.size()));
    for (int i = 0; i < m_values.size(); ++i)
        values.push_back(m_null.at(i) ? nullptr : m_values.at(i).constData());
    PGresult* r = PQexecPrepared(m_conn, m_name.constData(), static_cast<int>(values.size()), values.data(),
                                 nullptr, nullptr, 0);
    m_values.clear();
    m_null.clear();
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        PQclear(r);
        rawPgFail(m_conn, m_name.constData());
    }
    return r;
}

int RawPgStatement::readAll()
{
    PGresult* r = run();
    const int rows = PQntuples(r);
    const int columns = PQnfields(r);
    qint64 sink = 0;
    for (int row = 0; row < rows; ++row)
        for (int c = 0; c < columns; ++c)
            sink += PQgetisnull(r, row, c) ? 0 : PQgetlength(r, row, c) + *PQgetvalue(r, row, c);
    rawSink = rawSink + sink;
    PQclear(r);
    return rows;
}

qint64 RawPgStatement::scalar()
{
    PGresult* r = run();
    const qint64 value
        = PQntuples(r) > 0 && PQnfields(r) > 0 ? QByteArray(PQgetvalue(r, 0, 0)).toLongLong() : 0;
    PQclear(r);
    return value;
}

QList<QByteArray> RawPgStatement::texts()
{
    PGresult* r = run();
    QList<QByteArray> out;
    for (int row = 0; row < PQntuples(r); ++row)
        out.append(QByteArray(PQgetvalue(r, row, 0), PQgetlength(r, row, 0)));
    PQclear(r);
    return out;
}

QList<QByteArray> RawPgStatement::firstRow()
{
    PGresult* r = run();
    QList<QByteArray> out;
    if (PQntuples(r) > 0)
        for (int c = 0; c < PQnfields(r); ++c)
            out.append(QByteArray(PQgetvalue(r, 0, c), PQgetlength(r, 0, c)));
    PQclear(r);
    return out;
}
