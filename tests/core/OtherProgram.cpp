// Another program on this PC saving into the same database through core's rules, for the
// tests that watch a window notice what others saved (issue 10, live view).
//
//   ql_other_program FILE log CUSTOMER_ID SERIAL   logs a case as "sales"; prints its id
//   ql_other_program FILE send CASE_ID             sends a case to Quality as "sales"
//   ql_other_program FILE setting KEY VALUE        changes a setting (no case, no audit row)
//   ql_other_program FILE hold                     holds the write lock (BEGIN IMMEDIATE), as a
//                                                  long save does: prints "holding", then waits
//                                                  until its standard input closes
//
// Time is the tests' MockClock start (2 March 2026, 09:00 UTC) plus the minutes in
// QL_MINUTES_LATER, so the deadlines agree with the window under test. Exit 0 when saved.
#include "Clock.h"
#include "UserError.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "reference/ReferenceData.h"
#include "workflow/WorkflowService.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {
class FixedClock : public Clock
{
public:
    QDateTime now() const override
    {
        return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)
            .addSecs(60 * qEnvironmentVariableIntValue("QL_MINUTES_LATER"));
    }
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() == 2 && args.at(1) == QLatin1String("hold")) {
        try {
            Database db(args.at(0));
            Transaction lock(db.connection());
            out << "holding" << Qt::endl;
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return 1;
            in.readAll(); // until the test closes the pipe
        } catch (const UserError& error) {
            err << error.message() << '\n';
            return 1;
        }
        return 0;
    }
    if (args.size() < 3) {
        err << "usage: ql_other_program FILE log CUSTOMER_ID SERIAL | send CASE_ID | setting KEY VALUE | "
               "hold\n";
        return 2;
    }
    try {
        Database db(args.at(0));
        FixedClock clock;
        WorkflowService flow(db.connection(), clock);
        const std::optional<User> sales = UserService(db.connection()).userByName(QStringLiteral("sales"));
        if (!sales) {
            err << "no user sales\n";
            return 1;
        }
        const QString command = args.at(1);
        if (command == QLatin1String("log") && args.size() == 4) {
            IntakeData in;
            in.channel = QStringLiteral("phone");
            in.customerId = args.at(2).toLongLong();
            in.serialNo = args.at(3);
            in.symptom = QStringLiteral("Logged by another program");
            out << flow.logCase(*sales, in) << '\n';
        } else if (command == QLatin1String("send") && args.size() == 3) {
            const qint64 id = args.at(2).toLongLong();
            flow.sendToQuality(*sales, {id, flow.version(id)});
        } else if (command == QLatin1String("setting") && args.size() == 4) {
            ReferenceData(db.connection()).setSetting(args.at(2), args.at(3));
        } else {
            err << "unknown command\n";
            return 2;
        }
    } catch (const UserError& error) {
        err << error.message() << '\n';
        return 1;
    }
    return 0;
}
