// A client saving numbered rows into a server database, for the numbering test: opens the
// database with core's Database, then for each save takes the next case number in a write
// transaction and writes a case with it, then a feedback sheet number for it; every fifth save
// is taken back (rolled back) after its numbers were taken. Prints "saved CASE SHEET" only after
// the commit returned.
//   ql_pg_numbers URL SAVES CUSTOMER_ID USER_ID
#include "db/Database.h"
#include "db/NumberAllocator.h"
#include "db/ServerRetry.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5)
        return 2;
    QTextStream out(stdout);
    try {
        const Database db(args.at(1));
        const QSqlDatabase c = db.connection();
        const int saves = args.at(2).toInt();
        for (int i = 1; i <= saves; ++i) {
            QString number, sheet;
            bool kept = false;
            ServerRetry::run(c, [&] {
                Transaction t(c);
                number = NumberAllocator::next(c, QStringLiteral("QI"), 2026);
                sheet = NumberAllocator::next(c, QStringLiteral("FS"), 2026);
                const qint64 id
                    = Sql::scalar(c,
                                  QStringLiteral(
                                      "INSERT INTO cases(number, status, received_at, channel, customer_id, "
                                      "symptom, logged_at, logged_by) VALUES (?, 'logged', 0, 'phone', ?, "
                                      "'Leaks', 0, ?) RETURNING id"),
                                  {number, args.at(3).toLongLong(), args.at(4).toLongLong()})
                          .toLongLong();
                Sql::exec(c,
                          QStringLiteral("INSERT INTO feedback_sheets(case_id, number, issued_at, issued_by) "
                                         "VALUES (?, ?, 0, ?)"),
                          {id, sheet, args.at(4).toLongLong()});
                if (i % 5 == 0)
                    return; // rolled back by t's destructor: the numbers must be given again
                t.commit();
                kept = true;
            });
            if (kept)
                out << "saved " << number << ' ' << sheet << Qt::endl;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
