// Issue 16.3: when the connection to the server drops while a step form is being saved, the form
// says so, keeps what was typed (and its draft) and saves it by itself once the server answers
// again, with the same version check as Save pressed by hand: a change saved meanwhile goes
// through the conflict dialog.
// Nothing of the window waits for a server that does not answer: Save pressed while the form
// waits and the case list read again both answer at once (the connection is opened again only
// after a probe on a worker thread reached the server).
#include "FlowDriver.h"
#include "LatestCase.h"
#include "PgServer.h"
#include "ServerCutOff.h"
#include "SilentServer.h"
#include "TestDatabase.h"
#include "TestPaths.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "db/ServerAddress.h"
#include "db/ServerLink.h"
#include "db/Sql.h"
#include "main/BackgroundCounts.h"
#include "main/Session.h"
#include "steps/ConflictDialog.h"
#include "steps/TextStepDialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>
#include <functional>

using namespace ServerCutOff;

namespace {
const QString typed = QStringLiteral("Retighten the gland nut and check it after a week");

// The longest wait between two ticks of a 20 ms timer of the window's thread: what a person
// notices as a frozen window.
class Ticker
{
public:
    Ticker()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this]() {
            m_longest = std::max(m_longest, m_since.restart());
            ++m_ticks;
        });
        m_since.start();
        m_timer.start(20);
    }
    qint64 longestGapMs() const { return std::max(m_longest, m_since.elapsed()); }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

// Save pressed by hand; how long the window was busy with it.
qint64 pressSave(StepDialog& form)
{
    QElapsedTimer took;
    took.start();
    form.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    return took.elapsed();
}

TextStepDialog* suggestionForm(Session& session, const QualityCase& c, const User& user)
{
    auto* form = new TextStepDialog(session, c, QStringLiteral("Disposal suggestion"),
                                    QStringLiteral("disposalSuggestion"),
                                    QStringLiteral("Suggestion given to the customer"),
                                    [&session, user](CaseRef ref, const QString& text) {
                                        session.workflow().giveDisposalSuggestion(user, ref, text);
                                    });
    form->setAttribute(Qt::WA_DeleteOnClose, false);
    form->show();
    form->textEdit()->setFocus();
    QTest::keyClicks(form->textEdit(), typed);
    return form;
}

// A suggestion typed into a step form of a case on the test server, not saved yet; the form tries
// again every 50 ms once the connection is lost.
struct TypedForm
{
    TypedForm() { StepDialog::setServerRetry(50, 60000); }
    const OnServer onServer;
    TestDatabase t;
    FlowDriver d {t};
    const qint64 id = d.log(true);
    const int versionBefore = d.flow.load(id).version;
    Session session {t.db(), d.clock, t.sales};
    const std::unique_ptr<TextStepDialog> form {suggestionForm(session, d.flow.load(id), t.sales)};
};
} // namespace

TEST_CASE("a step form whose server connection drops keeps what was typed and saves it once the "
          "server answers again",
          "[pg][window]")
{
    TypedForm f;

    cutOff(f.t);
    CHECK_FALSE(f.form->save());
    CHECK(f.form->isVisible());
    CHECK(f.form->isWaitingForServer());
    CHECK(f.form->generalError().contains(QStringLiteral("connection to the database server was lost")));
    CHECK(f.form->generalError().contains(QStringLiteral("saved by itself")));
    CHECK(f.form->textEdit()->toPlainText() == typed);
    QDir().mkpath(testPath("QL_SCREENSHOT_DIR"));
    f.form->grab().save(testPath("QL_SCREENSHOT_DIR") + QStringLiteral("/step_waiting_for_server_en.png"));
    REQUIRE(f.form->draft());
    const auto draft = f.form->draft()->load();
    REQUIRE(draft);
    CHECK(draft->fields.value(QStringLiteral("disposalSuggestion")).toString() == typed);

    // While the server lets no one in, the form tries again and again and stays open.
    CHECK(waitFor([&] { return f.form->serverRetries() >= 3; }));
    CHECK(f.form->result() != QDialog::Accepted);
    CHECK(f.form->isWaitingForServer());

    letIn(f.t);
    CHECK(waitFor([&] { return f.form->result() == QDialog::Accepted; }));
    CHECK_FALSE(f.form->isWaitingForServer());
    CHECK_FALSE(f.form->draft()->load());
    // Saved on the server, as another program reads it.
    const Database other(f.t.path());
    CHECK(WorkflowService(other.connection(), f.d.clock).load(f.id).disposalSuggestion == typed);
}

TEST_CASE("a save tried again after the connection came back meets a change saved meanwhile in the "
          "conflict dialog",
          "[pg][window]")
{
    TypedForm f;
    const Database other(f.t.path()); // another PC, connected all along
    WorkflowService theirs(other.connection(), f.d.clock);

    cutOff(f.t);
    CHECK_FALSE(f.form->save());
    CHECK(f.form->isWaitingForServer());
    theirs.giveDisposalSuggestion(f.t.sales, latest(theirs, f.id), QStringLiteral("Replace the valve"));

    // The conflict dialog comes up once the server answers: "apply mine on top".
    bool conflictShown = false;
    QTimer look;
    QObject::connect(&look, &QTimer::timeout, [&]() {
        if (auto* box = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget())) {
            conflictShown = true;
            box->applyButton()->click();
        }
    });
    look.start(20);
    letIn(f.t);
    CHECK(waitFor([&] { return f.form->result() == QDialog::Accepted; }));
    look.stop();
    CHECK(conflictShown);
    CHECK(theirs.load(f.id).disposalSuggestion == typed);
}

TEST_CASE("a step form waiting for a server that takes the connection but never answers keeps the "
          "window responsive, also when Save is pressed by hand, and saves once the server is back",
          "[pg][window]")
{
    ServerLink::setTiming(200, 500); // for the session's link
    TypedForm f;

    // The form's session ends; the server's address then leads to a port nobody listens on, and
    // after that to a host that takes the connection and never says a word (a hung server, a
    // proxy whose server is gone): opening a connection there waits for libpq's whole timeout.
    SilentServer refused;
    refused.close();
    SilentServer hung;
    QSqlDatabase c = f.t.connection();
    const QString host = c.hostName();
    const int port = c.port();
    cutOff(f.t);
    letIn(f.t);
    c.setHostName(QStringLiteral("127.0.0.1"));
    c.setPort(refused.port());

    const Ticker ticker;
    CHECK(pressSave(*f.form) < 200);
    CHECK(f.form->isWaitingForServer());
    CHECK(f.form->generalError().contains(QStringLiteral("connection to the database server was lost")));
    CHECK(waitFor([&] { return f.form->serverRetries() >= 2; }));

    c.setPort(hung.port());
    for (int press = 0; press < 3; ++press) {
        // Each press shows at once that what was typed is kept; the window never waits.
        CHECK(pressSave(*f.form) < 200);
        CHECK(f.form->generalError().contains(QStringLiteral("saved by itself")));
        const int retries = f.form->serverRetries();
        CHECK(waitFor([&] { return f.form->serverRetries() > retries; }));
    }
    CHECK(ticker.longestGapMs() < 200);
    CHECK(ticker.ticks() > 10);
    CHECK(f.form->isVisible());
    CHECK(f.form->result() != QDialog::Accepted);
    CHECK(f.form->textEdit()->toPlainText() == typed);
    QDir().mkpath(testPath("QL_SCREENSHOT_DIR"));
    f.form->grab().save(testPath("QL_SCREENSHOT_DIR")
                        + QStringLiteral("/step_waiting_for_silent_server_en.png"));

    // The server answers again: the form saves what was typed, once.
    c.setHostName(host);
    c.setPort(port);
    CHECK(waitFor([&] { return f.form->result() == QDialog::Accepted; }));
    const Database other(f.t.path());
    const QualityCase saved = WorkflowService(other.connection(), f.d.clock).load(f.id);
    CHECK(saved.disposalSuggestion == typed);
    CHECK(saved.version == f.versionBefore + 1);
    ServerLink::setTiming(1000, 3000);
}

TEST_CASE("the case list, its connection lost and its server taking the connection but never answering, "
          "keeps its rows without freezing and reads them again once the server answers",
          "[pg][window]")
{
    ServerLink::setTiming(200, 500); // for the session's link
    const OnServer onServer;
    TestDatabase t;
    FlowDriver d(t);
    d.log(true);
    d.log(true);
    Session session(t.db(), d.clock, t.sales);
    BackgroundCounts counts(t.path(), d.clock, t.sales);
    CaseListPage page(session, counts);
    page.show();
    REQUIRE(page.model()->rowCount() == 2);
    d.log(true); // not shown until the list is read again

    SilentServer hung;
    QSqlDatabase c = t.connection();
    const QString host = c.hostName();
    const int port = c.port();
    cutOff(t);
    letIn(t);
    c.setHostName(QStringLiteral("127.0.0.1"));
    c.setPort(hung.port());

    // A save elsewhere in the window asks the list to read itself again.
    const Ticker ticker;
    QElapsedTimer took;
    took.start();
    session.notifyChanged(0);
    session.notifyChanged(0);
    CHECK(took.elapsed() < 200);
    CHECK(page.model()->rowCount() == 2);
    CHECK(page.serverNotice()->isVisible());
    CHECK(page.serverNotice()->text().contains(QStringLiteral("does not answer")));
    QDir().mkpath(testPath("QL_SCREENSHOT_DIR"));
    page.grab().save(testPath("QL_SCREENSHOT_DIR")
                     + QStringLiteral("/case_list_server_not_answering_en.png"));
    CHECK(waitFor([&] { return ticker.ticks() > 20; }));
    CHECK(ticker.longestGapMs() < 200);

    c.setHostName(host);
    c.setPort(port);
    CHECK(waitFor([&] { return page.model()->rowCount() == 3; }));
    CHECK_FALSE(page.serverNotice()->isVisible());
    ServerLink::setTiming(1000, 3000);
}
