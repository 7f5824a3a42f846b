#include "deadlines/DutyBackfill.h"

#include "cases/CaseRepository.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "deadlines/CaseDuties.h"
#include "deadlines/DutyStore.h"

namespace {
const QString flag = QStringLiteral("duties.needs_rebuild");
constexpr int casesPerTransaction = 500;
} // namespace

qint64 DutyBackfill::runIfAsked(const QSqlDatabase& db, const Progress& progress)
{
    if (Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {flag}).toString()
        != QLatin1String("1"))
        return 0;
    return run(db, progress);
}

qint64 DutyBackfill::run(const QSqlDatabase& db, const Progress& progress)
{
    // The ids of the open cases only: a few percent of all.
    QList<qint64> ids;
    {
        QSqlQuery q
            = Sql::exec(db, QStringLiteral("SELECT id FROM cases WHERE status <> 'closed' ORDER BY id"));
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    const DeadlineCalculator deadlines(DeadlineRules::load(db));
    const CaseRepository cases(db);
    const qint64 total = ids.size();
    qint64 done = 0;
    while (true) {
        Transaction transaction(db);
        DutyStore store(db);
        const qint64 end = std::min<qint64>(done + casesPerTransaction, total);
        for (; done < end; ++done) {
            const QualityCase c = cases.load(ids.at(done));
            store.write(c.id, CaseDuties::of(c, deadlines));
        }
        if (done == total)
            Sql::exec(db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {flag});
        transaction.commit();
        if (progress)
            progress(done, total);
        if (done == total)
            break;
    }
    return total;
}
