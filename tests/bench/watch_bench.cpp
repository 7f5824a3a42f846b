// What the live view costs (issue 10): one look of ChangeWatch when nothing changed and when
// another connection saved one case, how the case list takes one changed case in, how long a
// save elsewhere takes to show in the window, and the window's processor time when idle.
// Built, not run by ctest:
//
//   watch_bench --database FILE [--polls N] [--changes N] [--idle-seconds S]
//
// FILE is a sample database (qualityloop-cli sample); it gains a few cases.
#include "Clock.h"
#include "auth/UserService.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListQuery.h"
#include "cases/CaseViewPage.h"
#include "db/ChangeWatch.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "main/BackgroundCounts.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "workflow/WorkflowService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

namespace {
QTextStream out(stdout);

struct Figures
{
    double median = 0;
    double p99 = 0;
};

Figures figures(QList<double> micros)
{
    std::sort(micros.begin(), micros.end());
    if (micros.isEmpty())
        return {};
    return {micros.at(micros.size() / 2), micros.at(std::min(micros.size() - 1, micros.size() * 99 / 100))};
}

void print(const char* what, const Figures& f)
{
    out << qSetFieldWidth(58) << Qt::left << what << qSetFieldWidth(0) << QString::number(f.median, 'f', 1)
        << " us median, " << QString::number(f.p99, 'f', 1) << " us p99\n";
    out.flush();
}

double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double timed(const std::function<void()>& run)
{
    QElapsedTimer t;
    t.start();
    run();
    return static_cast<double>(t.nsecsElapsed()) / 1000.0;
}

// Runs the event loop for ms milliseconds; returns the processor time the process used meanwhile.
double idleCpu(int ms)
{
    const double before = cpuMs();
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return cpuMs() - before;
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("database"), QStringLiteral("sample database"), QStringLiteral("FILE")},
         {QStringLiteral("polls"), QStringLiteral("looks when idle"), QStringLiteral("N"),
          QStringLiteral("20000")},
         {QStringLiteral("changes"), QStringLiteral("saves elsewhere"), QStringLiteral("N"),
          QStringLiteral("200")},
         {QStringLiteral("idle-seconds"), QStringLiteral("idle window time"), QStringLiteral("S"),
          QStringLiteral("20")}});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        parser.showHelp(2);
    SystemClock clock;
    Database window(path);
    Database other(path); // another program, as far as SQLite can tell
    const User sales = *UserService(window.connection()).userByName(QStringLiteral("sales"));
    WorkflowService elsewhere(other.connection(), clock);
    IntakeData intake;
    intake.channel = QStringLiteral("phone");
    intake.customerId
        = Sql::scalar(other.connection(), QStringLiteral("SELECT min(id) FROM customers")).toLongLong();
    intake.modelId
        = Sql::scalar(other.connection(), QStringLiteral("SELECT min(id) FROM product_models")).toLongLong();
    intake.symptom = QStringLiteral("Logged by the watch benchmark");
    const qint64 cases
        = Sql::scalar(window.connection(), QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
    const qint64 audit
        = Sql::scalar(window.connection(), QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
    out << "database: " << path << ", " << cases << " cases, " << audit << " audit rows\n";

    // 1. Looks when nothing changed: one PRAGMA data_version each.
    ChangeWatch watch(window.connection());
    QList<double> idle;
    const int polls = parser.value(QStringLiteral("polls")).toInt();
    for (int i = 0; i < polls; ++i)
        idle.append(timed([&]() { watch.poll(); }));
    print("look, nothing changed", figures(idle));

    // 2. Looks after another connection logged a case, and after it sent one on.
    QList<double> logged;
    QList<double> sent;
    const int changes = parser.value(QStringLiteral("changes")).toInt();
    for (int i = 0; i < changes; ++i) {
        const qint64 id = elsewhere.logCase(sales, intake);
        ChangeWatch::Changes seen;
        logged.append(timed([&]() { seen = watch.poll(); }));
        elsewhere.sendToQuality(sales, {id, elsewhere.version(id)});
        sent.append(timed([&]() { seen = watch.poll(); }));
        if (seen.caseIds != QSet<qint64> {id})
            out << "wrong report\n";
    }
    print("look, another program logged a case", figures(logged));
    print("look, another program sent a case on", figures(sent));

    // 3. The case list (first pages read) takes one changed case in, against reading it again.
    {
        CaseListQuery query(window.connection(), clock);
        CaseListModel model(query, clock);
        while (model.canFetchMore({}) && model.rowCount() < 2000)
            model.fetchMore({});
        for (int r = 0; r < model.rowCount(); r += 37)
            model.index(r, 0).data();
        QList<double> refresh;
        QList<double> reload;
        for (int i = 0; i < 50; ++i) {
            const qint64 id = elsewhere.logCase(sales, intake);
            refresh.append(timed([&]() { model.refreshCases({id}); }));
            elsewhere.sendToQuality(sales, {id, elsewhere.version(id)});
            refresh.append(timed([&]() { model.refreshCases({id}); }));
            reload.append(timed([&]() {
                model.reload();
                model.index(0, 0).data();
            }));
        }
        print("case list: one changed case taken in", figures(refresh));
        print("case list: first page read again (before)", figures(reload));
    }

    // 4. The window: a save elsewhere on the open case, to everything shown; idle processor time.
    MainWindow w(window, clock, sales);
    w.resize(1280, 800);
    w.show();
    waitFor([&]() { return !w.counts().isBusy(); }, 30000);
    QList<double> shown;
    for (int i = 0; i < 10; ++i) {
        const qint64 id = elsewhere.logCase(sales, intake);
        w.openCase(id);
        waitFor([&]() { return !w.counts().isBusy(); }, 30000);
        QElapsedTimer t;
        t.start();
        elsewhere.sendToQuality(sales, {id, elsewhere.version(id)});
        waitFor([&]() { return w.caseViewPage()->currentCase().status == CaseStatus::SentToQuality; }, 10000);
        waitFor([&]() { return !w.counts().isBusy(); }, 30000);
        shown.append(static_cast<double>(t.nsecsElapsed()) / 1000.0);
    }
    const Figures s = figures(shown);
    out << "saved elsewhere to shown (case view and counts): " << QString::number(s.median / 1000, 'f', 0)
        << " ms median, "
        << QString::number(shown.isEmpty() ? 0 : *std::max_element(shown.cbegin(), shown.cend()) / 1000, 'f',
                           0)
        << " ms max of " << shown.size() << "\n";
    const int idleMs = parser.value(QStringLiteral("idle-seconds")).toInt() * 1000;
    const double watching = idleCpu(idleMs);
    w.session().changeWatch().stop();
    const double notWatching = idleCpu(idleMs);
    out << "idle window, processor time per second: " << QString::number(watching / (idleMs / 1000.0), 'f', 2)
        << " ms watching, " << QString::number(notWatching / (idleMs / 1000.0), 'f', 2)
        << " ms not watching\n";
    return 0;
}
