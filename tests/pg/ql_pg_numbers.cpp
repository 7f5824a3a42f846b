// A client saving numbered rows into a server database, for the numbering test: opens the
// database with core's Database, then for each save takes the next case number in a write
// transaction and writes a case with it; every fifth save is taken back (rolled back) after its
// number was taken. Prints "saved NUMBER" only after the commit returned.
//   ql_pg_numbers URL SAVES CUSTOMER_ID USER_ID
#include "db/Database.h"
#include "db/NumberAllocator.h"
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
            Transaction t(c);
            const QString number = NumberAllocator::next(c, QStringLiteral("QI"), 2026);
            Sql::exec(c,
                      QStringLiteral(
                          "INSERT INTO cases(number, status, received_at, channel, customer_id, symptom, "
                          "logged_at, logged_by) VALUES (?, 'logged', 0, 'phone', ?, 'Leaks', 0, ?)"),
                      {number, args.at(3).toLongLong(), args.at(4).toLongLong()});
            if (i % 5 == 0)
                continue; // rolled back by t's destructor: the number must be given again
            t.commit();
            out << "saved " << number << Qt::endl;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
