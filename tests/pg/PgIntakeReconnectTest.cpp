// Issue 16.3 for a new call: when the server goes away while the clerk saves the intake form, the
// form says what is typed is kept and saves it by itself once the server answers again, as the
// step forms do. Before, it said "not saved, try again" and waited for Save to be pressed again
// after the server was back (a second walk of README "A shared office" found it).
#include "MockClock.h"
#include "PausingProxy.h"
#include "ServerCutOff.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/ServerAddress.h"
#include "db/ServerLink.h"
#include "db/Sql.h"
#include "intake/IntakeForm.h"
#include "main/Session.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace ServerCutOff;

namespace {
// What a clerk types for a call: the test database's customer and serial, a symptom.
void typeCall(IntakeForm& form, const TestDatabase& t)
{
    QTest::keyClicks(form.customerEdit(), QStringLiteral("Huadong Petrochemical Co."));
    QTest::keyClicks(form.serialEdit(), t.serialNo);
    QTest::keyClicks(form.symptomEdit(), QStringLiteral("Actuator does not close"));
}

// The links made while it lives probe every 0.1 s for 1 s; the window's own timing at the end.
struct QuickLink
{
    QuickLink() { ServerLink::setTiming(100, 1000); }
    ~QuickLink() { ServerLink::setTiming(1000, 3000); }
};

// A Sales clerk's intake form on the test server.
struct IntakeOnServer
{
    QuickLink timing;
    OnServer onServer;
    TestDatabase t;
    MockClock clock;
    Session session {t.db(), clock, t.sales};
    IntakeForm form {session};
    IntakeOnServer() { form.show(); }
};
} // namespace

TEST_CASE("an intake form whose server went away keeps the call and saves it by itself once the server "
          "answers",
          "[pg][window]")
{
    IntakeOnServer w;
    TestDatabase& t = w.t;
    IntakeForm& form = w.form;
    typeCall(form, t);
    const Database other(t.path()); // another PC, connected all along
    const auto cases = [&other]() {
        return Sql::scalar(other.connection(), QStringLiteral("SELECT count(*) FROM cases")).toInt();
    };
    const int before = cases();

    cutOff(t);
    CHECK_FALSE(form.save());
    CHECK(form.isWaitingForServer());
    CHECK(form.message().contains(QStringLiteral("saved by itself")));
    CHECK(form.symptomEdit()->toPlainText() == QStringLiteral("Actuator does not close"));
    CHECK(cases() == before);

    letIn(t);
    CHECK(waitFor([&] { return !form.isWaitingForServer(); }));
    CHECK(cases() == before + 1);
    CHECK(form.symptomEdit()->toPlainText().isEmpty()); // saved: the form is ready for the next call
}

TEST_CASE("an intake form saved while the server has stopped answering gives the window back within "
          "seconds, keeps the call and saves it once the server answers",
          "[pg][window]")
{
    // A README walk paused every server process (kill -STOP) with a call typed: Save froze the
    // window for the 2 minutes waited. Now the statement is broken off as lost (about 3 s with the
    // window's own timing: 1 s silent and a question of 2 s).
    ServerLink::setTiming(100, 2000, 5000, 300);
    const OnServer onServer;
    TestDatabase t;
    ServerAddress through = ServerAddress::parse(t.path());
    PausingProxy server(through.port);
    through.host = QStringLiteral("127.0.0.1");
    through.port = server.port();
    Database window(through.text());
    MockClock clock;
    Session session(window, clock, t.sales);
    IntakeForm form(session);
    form.show();
    typeCall(form, t);
    const auto cases = [&t]() {
        return Sql::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM cases")).toInt();
    };
    const int before = cases();

    server.pause(60000); // without the break-off, Save waits all of it
    QElapsedTimer took;
    took.start();
    CHECK_FALSE(form.save());
    CHECK(took.elapsed() < 10000);
    CHECK(form.isWaitingForServer());
    CHECK(form.message().contains(QStringLiteral("saved by itself")));
    CHECK(form.symptomEdit()->toPlainText() == QStringLiteral("Actuator does not close"));
    CHECK(cases() == before);

    server.resume();
    CHECK(waitFor([&] { return !form.isWaitingForServer(); }));
    CHECK(cases() == before + 1);
    ServerLink::setTiming(1000, 3000);
}

TEST_CASE("a new call opened while the server is away is received when it was opened, and saves once "
          "the server is back",
          "[pg][window]")
{
    // A README walk: New case opened in a window whose connection had dropped showed the time of
    // an earlier call as Received at (the form was left as it was when the models could not be read).
    IntakeOnServer w;
    TestDatabase& t = w.t;
    IntakeForm& form = w.form;
    MockClock& clock = w.clock;
    form.startNew(); // received at 09:00
    clock.advanceHours(2);
    cutOff(t);
    CHECK_THROWS_AS(form.startNew(), DatabaseError); // the window says the server does not answer
    letIn(t);
    CHECK(waitFor([&w]() { return !w.session.serverLink().isLost(); }));
    typeCall(form, t);
    CHECK(form.isDirty());
    CHECK(waitFor([&form]() { return form.save() || form.isWaitingForServer(); }));
    CHECK(waitFor([&form]() { return !form.isWaitingForServer(); }));
    const QDateTime received = Sql::toTime(Sql::scalar(
        t.connection(), QStringLiteral("SELECT received_at FROM cases ORDER BY id DESC LIMIT 1")));
    CHECK(received == clock.now()); // 11:00, when the form was opened, not 09:00
}
