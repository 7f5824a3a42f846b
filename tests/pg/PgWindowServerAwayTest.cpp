// What a clerk meets in the window while the office's database server does not answer (issue 16's
// leftovers): closing the window over a call that waits to save itself asks first (before, the
// window closed without a word and the call only came back at the next sign-in); a step form
// waiting the same way asks too when it is closed; a case opened meanwhile says the server does
// not answer and opens by itself once it does, with nothing to print or do on an empty page
// (before: the generic "not done (nothing is half saved)" and Preview / Print enabled).
#include "FlowDriver.h"
#include "ServerCutOff.h"
#include "TestDatabase.h"
#include "TestPaths.h"
#include "cases/CaseViewPage.h"
#include "db/ServerLink.h"
#include "intake/IntakeForm.h"
#include "main/BackgroundCounts.h"
#include "main/DraftBanner.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "steps/StepDialog.h"
#include "steps/TextStepDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace ServerCutOff;

namespace {
void shoot(QWidget* w, const QString& name)
{
    QDir().mkpath(testPath("QL_SCREENSHOT_DIR"));
    CHECK(w->grab().save(QDir(testPath("QL_SCREENSHOT_DIR")).filePath(name + QStringLiteral("_en.png"))));
}

// While it lives, presses the button named buttonName in the next message box, after keeping its
// text in asked; a picture of it is saved as shot when given.
class NextBox
{
public:
    explicit NextBox(const QString& buttonName, const QString& shot = {})
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this, buttonName, shot]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            asked = box->objectName() + QLatin1Char(':') + box->text() + QLatin1Char('\n')
                + box->informativeText();
            if (!shot.isEmpty())
                shoot(box, shot);
            if (auto* button = box->findChild<QPushButton*>(buttonName))
                button->click();
            else
                box->close();
        });
        m_timer.start(20);
    }
    QString asked;

private:
    QTimer m_timer;
};

// The window of a sales clerk on the test server, shown, its counts read.
struct ServerWindow
{
    ServerWindow()
    {
        ServerLink::setTiming(100, 1000);
        window->show();
        CHECK(QTest::qWaitForWindowActive(window.get()));
        CHECK(waitFor([this] { return !window->counts().isBusy(); }));
    }
    ~ServerWindow() { ServerLink::setTiming(1000, 3000); }
    const OnServer onServer;
    TestDatabase t;
    FlowDriver d {t};
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>(t.db(), d.clock, t.sales);
};
} // namespace

TEST_CASE("closing the window while a call waits for the server asks, keeps waiting if told, else keeps "
          "the call for the next sign-in",
          "[pg][window]")
{
    ServerWindow w;
    MainWindow& window = *w.window;
    window.newCase();
    IntakeForm& form = *window.intakeForm();
    QTest::keyClicks(form.customerEdit(), QStringLiteral("Huadong Petrochemical Co."));
    QTest::keyClicks(form.serialEdit(), w.t.serialNo);
    QTest::keyClicks(form.symptomEdit(), QStringLiteral("Actuator does not close"));
    cutOff(w.t);
    CHECK_FALSE(form.save());
    REQUIRE(form.isWaitingForServer());

    {
        const NextBox box(QStringLiteral("keepWaiting"), QStringLiteral("quit_call_waiting_for_server"));
        CHECK_FALSE(window.close());
        CHECK(box.asked.startsWith(QStringLiteral("waitingForServer:")));
        CHECK(box.asked.contains(QStringLiteral("not saved yet")));
        CHECK(box.asked.contains(QStringLiteral("does not answer")));
        CHECK(box.asked.contains(QStringLiteral("next time you sign in")));
        CHECK(window.isVisible());
        CHECK(form.isWaitingForServer());
        CHECK(form.symptomEdit()->toPlainText() == QStringLiteral("Actuator does not close"));
    }

    const NextBox box(QStringLiteral("closeKeepDraft"));
    CHECK(window.close());
    CHECK(box.asked.startsWith(QStringLiteral("waitingForServer:")));
    CHECK_FALSE(window.isVisible());
    CHECK(form.draft().exists());
    w.window.reset();

    // The next sign-in offers the call again.
    letIn(w.t);
    MainWindow again(w.t.db(), w.d.clock, w.t.sales);
    again.show();
    CHECK(again.draftBanner()->isVisible());
    again.continueDraft();
    CHECK(again.intakeForm()->symptomEdit()->toPlainText() == QStringLiteral("Actuator does not close"));
    again.intakeForm()->draft().clear();
}

TEST_CASE("a window closing while no call waits for the server asks nothing", "[pg][window]")
{
    ServerWindow w;
    w.window->newCase();
    QTest::keyClicks(w.window->intakeForm()->symptomEdit(), QStringLiteral("Actuator does not close"));
    const NextBox box(QStringLiteral("keepWaiting"));
    CHECK(w.window->close());
    CHECK(box.asked.isEmpty());
    w.window->intakeForm()->draft().clear();
}

TEST_CASE("a step form waiting for the server asks before it closes and keeps what was typed for the "
          "next time the form is opened",
          "[pg][window]")
{
    StepDialog::setServerRetry(50, 60000);
    ServerLink::setTiming(100, 1000);
    const OnServer onServer;
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log(true);
    Session session(t.db(), d.clock, t.sales);
    const QString typed = QStringLiteral("Retighten the gland nut and check it after a week");
    const auto makeForm = [&]() {
        auto form = std::make_unique<TextStepDialog>(
            session, d.flow.load(id), QStringLiteral("Disposal suggestion"),
            QStringLiteral("disposalSuggestion"), QStringLiteral("Suggestion given to the customer"),
            [&session, &t](CaseRef ref, const QString& text) {
                session.workflow().giveDisposalSuggestion(t.sales, ref, text);
            });
        form->show();
        return form;
    };
    auto form = makeForm();
    form->textEdit()->setFocus();
    QTest::keyClicks(form->textEdit(), typed);
    cutOff(t);
    CHECK_FALSE(form->save());
    REQUIRE(form->isWaitingForServer());

    {
        const NextBox box(QStringLiteral("keepWaiting"), QStringLiteral("step_close_waiting_for_server"));
        QTest::keyClick(form.get(), Qt::Key_Escape);
        CHECK(box.asked.startsWith(QStringLiteral("waitingForServer:")));
        CHECK(box.asked.contains(QStringLiteral("does not answer")));
        CHECK(form->isVisible());
        CHECK(form->isWaitingForServer());
    }

    const NextBox box(QStringLiteral("closeKeepDraft"));
    form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    CHECK_FALSE(form->isVisible());
    CHECK(form->result() != QDialog::Accepted);
    CHECK_FALSE(form->isWaitingForServer());

    letIn(t);
    CHECK(waitFor([&] { return !session.serverLink().isLost(); }));
    form.reset();
    const auto again = makeForm();
    CHECK(again->draftBar()->isVisible());
    CHECK(again->textEdit()->toPlainText() == typed);
    CHECK(d.flow.load(id).disposalSuggestion.isEmpty()); // closed without saving: nothing saved by itself
    again->draft()->clear();
    ServerLink::setTiming(1000, 3000);
}

TEST_CASE("a case opened while the server does not answer says so, offers nothing to print or do, and "
          "opens once the server answers",
          "[pg][window]")
{
    ServerWindow w;
    MainWindow& window = *w.window;
    const qint64 first = w.d.log(true);
    const qint64 second = w.d.log(true);
    window.openCase(first);
    CaseViewPage& page = *window.caseViewPage();
    REQUIRE(page.isLoaded());
    CHECK(window.mainActions().previewSheets->isEnabled());

    cutOff(w.t);
    window.openCase(second);
    CHECK(window.currentPage() == &page);
    CHECK_FALSE(page.isLoaded());
    CHECK(page.unavailableNotice()->isVisible());
    const QString said = page.unavailableNotice()->findChild<QLabel*>()->text();
    CHECK(said.contains(QStringLiteral("database server does not answer")));
    CHECK(said.contains(QStringLiteral("opens by itself")));
    CHECK_FALSE(said.contains(QStringLiteral("nothing is half saved")));
    // Nothing of the first case stays, and nothing can be printed or done on an empty page.
    CHECK(page.findChild<QTextBrowser*>(QStringLiteral("caseDetails"))->toPlainText().isEmpty());
    CHECK_FALSE(page.findChild<QLabel*>(QStringLiteral("caseTitle"))->isVisible());
    for (WorkflowStep step : {WorkflowStep::SendToQuality, WorkflowStep::DisposalSuggestion})
        CHECK(page.stepButton(step) == nullptr);
    for (QAction* a : {window.mainActions().previewSheets, window.mainActions().printSheets,
                       window.mainActions().saveSheetsPdf})
        CHECK_FALSE(a->isEnabled());
    for (QToolButton* b : page.findChildren<QToolButton*>())
        if (b->isVisible())
            CHECK_FALSE(b->isEnabled());
    CHECK(window.selectedCaseIds().isEmpty());
    shoot(&window, QStringLiteral("case_server_not_answering"));
    // Try again asks the server without waiting for it; the page stays as it is until it answers.
    auto* tryAgain = page.findChild<QPushButton*>(QStringLiteral("caseTryAgain"));
    REQUIRE(tryAgain);
    CHECK(tryAgain->isVisible());
    QElapsedTimer took;
    took.start();
    tryAgain->click();
    CHECK(took.elapsed() < 200);
    CHECK_FALSE(page.isLoaded());
    CHECK(page.unavailableNotice()->isVisible());

    letIn(w.t);
    CHECK(waitFor([&] { return page.isLoaded(); }));
    CHECK(page.caseId() == second);
    CHECK_FALSE(page.unavailableNotice()->isVisible());
    CHECK(page.findChild<QLabel*>(QStringLiteral("caseTitle"))->isVisible());
    CHECK(page.stepButton(WorkflowStep::DisposalSuggestion) != nullptr);
    CHECK(window.mainActions().previewSheets->isEnabled());
    CHECK(window.selectedCaseIds() == QList<qint64> {second});

    // A case shown stays shown, as it was read, when reading it again meets a server gone away.
    cutOff(w.t);
    window.session().notifyChanged(second);
    CHECK(page.isLoaded());
    CHECK(page.unavailableNotice()->isVisible());
    CHECK(page.unavailableNotice()->findChild<QLabel*>()->text().contains(QStringLiteral("as it was read")));
    CHECK(window.mainActions().previewSheets->isEnabled());
    letIn(w.t);
    CHECK(waitFor([&] { return !page.unavailableNotice()->isVisible(); }));
}
