#include "transfer/MoveReindex.h"

#include "db/Sql.h"
#include "search/SearchTerms.h"
#include "transfer/MoveBatch.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace {
constexpr int rowsPerBatch = 1000;
} // namespace

namespace MoveReindex {

qint64 run(const QSqlDatabase& server, const std::function<void(qint64, qint64)>& progress)
{
    const qint64 total = Sql::scalar(server, QStringLiteral("SELECT count(*) FROM case_search")).toLongLong();
    if (progress)
        progress(0, total);
    QSqlQuery write(server);
    if (!write.prepare(
            QStringLiteral("UPDATE case_search s SET body = v.body "
                           "FROM json_populate_recordset(NULL::case_search, ?) v WHERE s.id = v.id")))
        Sql::raise(server, write.lastError(), QStringLiteral("case_search"));
    MoveBatch batch({QStringLiteral("id"), QStringLiteral("body")});
    qint64 done = 0;
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        QSqlQuery read = Sql::exec(
            server, QStringLiteral("SELECT id, body FROM case_search WHERE id > ? ORDER BY id LIMIT ?"),
            {after, rowsPerBatch});
        while (read.next()) {
            after = read.value(0).toLongLong();
            // SearchIndex's text of the case, as a save on the server stores it: folded.
            batch.addRow({after, SearchTerms::fold(read.value(1).toString())});
        }
        read.finish();
        if (batch.rows() == 0)
            break;
        write.bindValue(0, batch.json());
        if (!write.exec())
            Sql::raise(server, write.lastError(), QStringLiteral("case_search"));
        done += write.numRowsAffected();
        batch.clear();
        if (progress)
            progress(done, total);
    }
    return done;
}

} // namespace MoveReindex
