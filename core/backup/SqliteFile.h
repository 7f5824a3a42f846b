#pragma once

#include <QString>

#include <stdexcept>

struct sqlite3;

// One raw SQLite connection to a file that is not the open database of the window: a backup
// being written or checked, a restore's staging copy, or the live file only through SQLite's
// own locking (never a QFile). Closed when it goes out of scope.
class SqliteFile
{
public:
    // A failed SQLite call: its result code and SQLite's own words (for the log, not a clerk).
    struct Failure : std::runtime_error
    {
        Failure(int code, const QString& detail)
            : std::runtime_error(detail.toStdString())
            , code(code)
            , detail(detail)
        {
        }
        int code;
        QString detail;
    };
    enum class Mode
    {
        ReadOnly,
        ReadWrite, // the file must exist
        Create, // made when missing
    };

    SqliteFile(const QString& path, Mode mode, int busyTimeoutMs = 5000);
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }
    void exec(const char* sql) const;
    // The first column of the first row as a number (0 when there is no row).
    qint64 number(const char* sql) const;
    // Every row of the first column, as text (what PRAGMA integrity_check answers).
    QStringList lines(const char* sql, int limit = 20) const;
    [[noreturn]] void fail(int code) const;
    void close();

private:
    QString m_path;
    sqlite3* m_db = nullptr;
};
