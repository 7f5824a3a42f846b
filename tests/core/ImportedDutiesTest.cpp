// A past case imported while still open is in "My work" of those who owe its next step, and its
// deadlines are in the statistics, as a case logged in the window is: the import writes its duties
// and its clocks. Before, an imported open case showed "Send the case to Quality ... OVERDUE" on
// its page while Sales' My work said "To send to Quality 0" (a second README walk found it).
#include "FlowDriver.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "db/Sql.h"
#include "queue/WorkQueue.h"
#include "transfer/ColumnMapping.h"
#include "transfer/CsvReader.h"
#include "transfer/ImportService.h"
#include "transfer/TransferKind.h"

#include <catch2/catch.hpp>

TEST_CASE("An open past case imported from a file is in My work, and its deadlines are kept",
          "[transfer][queue]")
{
    TestDatabase t;
    FlowDriver f(t);
    Sql::exec(t.connection(), QStringLiteral("UPDATE customers SET code = 'C-1' WHERE id = ?"),
              {t.customerId});
    const QByteArray file
        = "number,status,received_at,logged_at,closed_at,channel,customer,symptom\n"
          "QI-2025-00034,logged,2025-03-05 14:05,2025-03-05 14:30,,phone,C-1,Stem packing leaks\n"
          "QI-2025-00035,closed,2025-03-06 9:00,,2025-03-20 16:00,email,C-1,Actuator hums\n";
    const TransferKind& kind = *TransferKinds::find(QStringLiteral("cases"));
    const CsvTable table = CsvReader::parse(file, QStringLiteral("cases.csv"));
    ImportOptions options;
    options.source = QStringLiteral("cases.csv");
    const ImportResult r
        = ImportService(t.connection(), f.clock)
              .run(t.admin, kind, table, ColumnMapping::fromHeader(kind, table.header()), options);
    INFO((r.problems.isEmpty() ? QString() : r.problems.first().message).toStdString());
    REQUIRE(r.committed);

    qint64 toSend = 0;
    for (const QueueGroup& g : WorkQueue(t.connection(), f.clock).groups(t.sales))
        if (g.key == QStringLiteral("logged"))
            toSend = g.count;
    CHECK(toSend == 1);
    const qint64 open
        = Sql::scalar(t.connection(), QStringLiteral("SELECT id FROM cases WHERE number = 'QI-2025-00034'"))
              .toLongLong();
    CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM case_duties WHERE case_id = ?"),
                      {open})
              .toInt()
          > 0);
    CHECK(Sql::scalar(t.connection(),
                      QStringLiteral("SELECT count(*) FROM case_clocks k JOIN cases c ON c.id = k.case_id "
                                     "WHERE c.number IN ('QI-2025-00034', 'QI-2025-00035')"))
              .toInt()
          > 0);
}
