// Issue 11: how long a change of the working-day calendar takes when it moves the stored
// deadlines of many open cases (CalendarService -> StoredDeadlines, one transaction).
//
//   calendar_bench [--cases 100000] [--waiting-share 100]
//
// Makes a database of N open cases, of which --waiting-share percent wait to be sent to
// Quality (the cases whose clock counts working days), all logged on Tuesday 30 September 2025
// after hours, so every one of them is due on 1 October. Then times, each as the office does it:
// entering the National Day week (every waiting case moves to 9 October) and removing it again
// (every one moves back). Prints the times; exits 1 when a stored due time is wrong.
#include "MockClock.h"
#include "calendar/CalendarService.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "deadlines/StoredDeadlines.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {
const QTimeZone shanghai("Asia/Shanghai");

qint64 dueCount(const QSqlDatabase& db, const QDateTime& due)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE next_due_at = ?"),
                       {due.toSecsSinceEpoch()})
        .toLongLong();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times a calendar change over many open cases"));
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Open cases."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption shareOption(QStringLiteral("waiting-share"),
                                         QStringLiteral("Percent of them waiting to be sent to Quality."),
                                         QStringLiteral("P"), QStringLiteral("100"));
    parser.addOptions({casesOption, shareOption});
    parser.process(app);
    const qint64 cases = parser.value(casesOption).toLongLong();
    const int share = parser.value(shareOption).toInt();

    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("calendar-bench.sqlite")));
    const QSqlDatabase db = database.connection();
    MockClock clock(QDateTime(QDate(2025, 9, 30), QTime(18, 0), shanghai).toUTC());
    const QDateTime logged = clock.now();
    {
        Transaction t(db);
        Sql::exec(db, QStringLiteral("INSERT INTO customers(name) VALUES ('Bench customer')"));
        Sql::exec(
            db,
            QStringLiteral("UPDATE settings SET value = 'Asia/Shanghai' WHERE key = 'deadline.time_zone'"));
        Sql::exec(
            db,
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO cases(number, status, received_at, channel, customer_id, symptom, logged_at, "
                "logged_by) SELECT printf('QI-2025-%07d', i), CASE WHEN i % 100 < ? THEN 'logged' ELSE "
                "'recorded' END, ? - i % 600, 'phone', 1, 'Leaks at the stem', ? - i % 600, 1 FROM n"),
            {cases, share, logged.toSecsSinceEpoch(), logged.toSecsSinceEpoch()});
        StoredDeadlines(db).refreshWorkingDayClocks(DeadlineCalculator(DeadlineRules::load(db)));
        t.commit();
    }
    const QDateTime firstOctober = QDateTime(QDate(2025, 10, 1), QTime(17, 30), shanghai).toUTC();
    const QDateTime ninthOctober = QDateTime(QDate(2025, 10, 9), QTime(17, 30), shanghai).toUTC();
    const qint64 waiting = dueCount(db, firstOctober);
    std::printf("%lld open cases, %lld waiting to be sent to Quality (due 1 October 17:30)\n",
                static_cast<long long>(cases), static_cast<long long>(waiting));

    User office;
    office.id = 1;
    office.role = Role::Office;
    CalendarService calendar(db, clock);
    CalendarDay nationalDay;
    nationalDay.date = QDate(2025, 10, 1);
    nationalDay.name = QStringLiteral("National Day");
    nationalDay.nameZh = QStringLiteral("国庆节");
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    const CalendarChange added = calendar.add(office, nationalDay, QDate(2025, 10, 8));
    const double addMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const bool movedOut = dueCount(db, ninthOctober) == waiting && dueCount(db, firstOctober) == 0;
    std::printf("enter 1-8 October: %.1f ms (processor %.1f ms), %d cases moved to 9 October\n", addMs,
                1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC, added.casesMoved);

    QList<qint64> ids;
    for (const CalendarDay& d : calendar.year(2025))
        ids.append(d.id);
    timer.restart();
    cpu = std::clock();
    const CalendarChange removed = calendar.remove(office, ids);
    const double removeMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const bool movedBack = dueCount(db, firstOctober) == waiting;
    std::printf("remove them again: %.1f ms (processor %.1f ms), %d cases moved back\n", removeMs,
                1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC, removed.casesMoved);

    timer.restart();
    const int unchanged
        = StoredDeadlines(db).refreshWorkingDayClocks(DeadlineCalculator(DeadlineRules::load(db)));
    std::printf("recompute with nothing to move: %.1f ms (%d moved)\n",
                static_cast<double>(timer.nsecsElapsed()) / 1e6, unchanged);
    if (!movedOut || !movedBack || added.casesMoved != waiting || removed.casesMoved != waiting) {
        std::fprintf(stderr, "wrong: the stored due times did not all move\n");
        return 1;
    }
    return 0;
}
