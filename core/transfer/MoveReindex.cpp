#include "transfer/MoveReindex.h"

#include "db/Sql.h"
#include "search/SearchIndex.h"

#include <QList>
#include <QSqlQuery>

#include <limits>

namespace {
constexpr int casesPerBatch = 1000;
} // namespace

namespace MoveReindex {

qint64 run(const QSqlDatabase& server, const std::function<void(qint64, qint64)>& progress)
{
    const qint64 total = Sql::scalar(server, QStringLiteral("SELECT count(*) FROM case_search")).toLongLong();
    if (progress)
        progress(0, total);
    qint64 done = 0;
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        QList<qint64> ids;
        QSqlQuery batch
            = Sql::exec(server, QStringLiteral("SELECT id FROM case_search WHERE id > ? ORDER BY id LIMIT ?"),
                        {after, casesPerBatch});
        while (batch.next())
            ids.append(batch.value(0).toLongLong());
        batch.finish();
        if (ids.isEmpty())
            break;
        // The batch's rows are the ids from its first to its last: nobody else writes in this
        // transaction's database (the move refuses a database with work in it).
        Sql::exec(server, QStringLiteral("DELETE FROM case_search WHERE id >= ? AND id <= ?"),
                  {ids.first(), ids.last()});
        SearchIndex::indexCases(server, ids);
        done += ids.size();
        after = ids.last();
        if (progress)
            progress(done, total);
    }
    return done;
}

} // namespace MoveReindex
