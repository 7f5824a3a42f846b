// Issue 11, item 5 (for the importer built on ListService): how fast serial numbers go in row by
// row through core inside one transaction, against raw SQLite inserting the same rows. Hidden
// ([.]): run by hand with core_tests "[lists-speed]".
#include "ListTestWorld.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>
#include <cstdio>

TEST_CASE("Serial numbers through ListService against raw inserts", "[.][lists-speed]")
{
    constexpr int rows = 20000;
    ListTestWorld w;
    QElapsedTimer timer;
    timer.start();
    {
        Transaction t(w.t.connection());
        w.lists.setOneAuditRowPerCreate(true);
        const qint64 model = w.lists.findId(QStringLiteral("product_models"), QStringLiteral("Q41F-16C-50"));
        for (int i = 0; i < rows; ++i)
            w.lists.add(
                w.office, QStringLiteral("serials"),
                {{QStringLiteral("serial_no"), QStringLiteral("LS%1").arg(i, 8, 10, QLatin1Char('0'))},
                 {QStringLiteral("shipment_id"), w.t.shipmentId},
                 {QStringLiteral("model_id"), model}});
        t.commit();
    }
    const double core = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    {
        Transaction t(w.t.connection());
        for (int i = 0; i < rows; ++i)
            Sql::cached(
                w.t.connection(),
                QStringLiteral("INSERT INTO serials(serial_no, shipment_id, model_id) VALUES (?, ?, ?)"),
                {QStringLiteral("RS%1").arg(i, 8, 10, QLatin1Char('0')), w.t.shipmentId, w.t.modelId})
                .finish();
        t.commit();
    }
    const double raw = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%d serials: ListService %.0f rows/s (checked, one audit row each), raw insert %.0f rows/s\n",
                rows, rows / core, rows / raw);
    CHECK(Sql::scalar(w.t.connection(), QStringLiteral("SELECT count(*) FROM serials")).toInt()
          == 2 * rows + 1);
}
