#include "attachments/SqliteErrors.h"

#include "db/Sql.h"

#include <QSqlError>

#include <sqlite3.h>

void SqliteErrors::raise(const QSqlDatabase& db, int resultCode, const QString& context)
{
    sqlite3* handle = Sql::handle(db);
    const QString detail = QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(resultCode));
    Sql::raise(
        db,
        QSqlError(QStringLiteral("SQLite"), detail, QSqlError::StatementError, QString::number(resultCode)),
        context);
}
