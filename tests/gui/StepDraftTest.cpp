// Issue 10 item 6 and issue 12 item 4: what is typed in any step form is on disk as it is typed,
// comes back when the same form of the same case is opened again (after a crash, a kill, or the
// main window closed under it), belongs to one database and one user, and Cancel or Esc with
// changes asks before anything is thrown away.
#include "FlowDriver.h"
#include "GuiTestSupport.h"
#include "LatestCase.h"
#include "auth/UserService.h"
#include "cases/CaseActions.h"
#include "cases/CaseViewPage.h"
#include "db/Sql.h"
#include "intake/IntakeForm.h"
#include "main/DraftBanner.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "steps/AnalysisDialog.h"
#include "steps/CloseDialog.h"

#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <catch2/catch.hpp>
#include <memory>

namespace {
const QString typed = QStringLiteral("Leak reproduced on the test bench at 1.6 MPa");

std::unique_ptr<StepDialog> openForm(MainWindow& window, qint64 id, WorkflowStep step)
{
    window.openCase(id);
    CaseViewPage* view = window.caseViewPage();
    std::unique_ptr<StepDialog> dialog(view->actions().createDialog(step, view->currentCase()));
    REQUIRE(dialog);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    return dialog;
}

QPlainTextEdit* verification(StepDialog* dialog)
{
    auto* analysis = qobject_cast<AnalysisDialog*>(dialog);
    REQUIRE(analysis);
    return analysis->verificationEdit();
}

qint64 recordedCase(FlowDriver& f)
{
    const qint64 id = f.log();
    f.toRecorded(id);
    return id;
}

// Answers the "save what you typed?" question with one of its buttons.
void answerUnsaved(QMessageBox::StandardButton answer, bool* asked)
{
    GuiTest::whenModal([answer, asked](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        *asked = box && box->objectName() == QStringLiteral("unsavedChanges");
        if (box && box->button(answer))
            QTest::mouseClick(box->button(answer), Qt::LeftButton);
        else
            modal->close();
    });
}
} // namespace

TEST_CASE("A step form's draft is written as it is typed and comes back after the form is destroyed",
          "[gui][drafts]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = recordedCase(f);
    MainWindow window(t.db(), f.clock, t.quality);
    window.show();
    QString path;
    {
        std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::Analyse);
        CHECK_FALSE(form->draft()->exists()); // nothing typed, nothing kept
        QTest::keyClicks(verification(form.get()), typed);
        const auto draft = form->draft()->load();
        REQUIRE(draft.has_value());
        CHECK(draft->fields.value(QStringLiteral("verification")).toString() == typed);
        CHECK(draft->caseVersion == f.flow.version(id));
        path = form->draft()->path();
        // The form goes away as in a crash: nothing saved, nothing asked.
    }
    std::unique_ptr<StepDialog> again = openForm(window, id, WorkflowStep::Analyse);
    CHECK(verification(again.get())->toPlainText() == typed);
    CHECK(again->draftBar()->isVisible());
    CHECK(again->notice()->isHidden()); // nobody changed the case meanwhile
    GuiTest::screenshot(again.get(), QStringLiteral("restored_draft"));
    // Start over throws the restored text away; typing again keeps a new draft.
    QTest::mouseClick(again->draftBar()->findChild<QPushButton*>(QStringLiteral("startOver")),
                      Qt::LeftButton);
    CHECK(verification(again.get())->toPlainText().isEmpty());
    CHECK_FALSE(again->draft()->exists());
    QTest::keyClicks(verification(again.get()), typed);
    CHECK(again->draft()->exists());
    // Another form of the same case has its own draft.
    {
        std::unique_ptr<StepDialog> close = openForm(window, id, WorkflowStep::Close);
        CHECK(close->draftBar()->isHidden());
        close->close();
    }
    bool asked = false;
    answerUnsaved(QMessageBox::Discard, &asked);
    again->close();
    CHECK(asked);
    CHECK_FALSE(again->draft()->exists());
}

TEST_CASE("A draft whose case changed meanwhile says so and saves through the conflict choices",
          "[gui][drafts][conflict]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = recordedCase(f);
    MainWindow window(t.db(), f.clock, t.quality);
    window.show();
    {
        std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::Analyse);
        QTest::keyClicks(verification(form.get()), typed);
    }
    f.flow.giveDisposalSuggestion(t.sales, latest(f.flow, id), QStringLiteral("Retighten the gland nut"));
    std::unique_ptr<StepDialog> again = openForm(window, id, WorkflowStep::Analyse);
    CHECK(verification(again.get())->toPlainText() == typed);
    CHECK(again->notice()->isVisible());
    CHECK(again->notice()->text().startsWith(QStringLiteral("sales changed this case")));
    CHECK(again->ref().version == f.flow.version(id) - 1); // built on the version it was typed on
}

TEST_CASE("A draft from another database or another user is not offered", "[gui][drafts]")
{
    TestDatabase first;
    FlowDriver f1(first);
    const qint64 id = recordedCase(f1);
    {
        MainWindow window(first.db(), f1.clock, first.quality);
        window.show();
        std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::Analyse);
        QTest::keyClicks(verification(form.get()), typed);
    }
    {
        MainWindow sales(first.db(), f1.clock, first.sales);
        sales.show();
        sales.newCase();
        QTest::keyClicks(sales.intakeForm()->symptomEdit(), QStringLiteral("Actuator does not close"));
    }
    // The same case number in another database file: its form starts empty, no intake draft.
    TestDatabase second;
    FlowDriver f2(second);
    REQUIRE(recordedCase(f2) == id);
    {
        MainWindow window(second.db(), f2.clock, second.quality);
        window.show();
        std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::Analyse);
        CHECK(verification(form.get())->toPlainText().isEmpty());
        CHECK(form->draftBar()->isHidden());
        MainWindow sales(second.db(), f2.clock, second.sales);
        CHECK(sales.draftBanner()->isHidden());
    }
    // Another quality engineer on the first database: not hers.
    User other = first.quality;
    other.id = Sql::exec(first.connection(),
                         QStringLiteral("INSERT INTO users(username, display_name, role, created_at) VALUES "
                                        "('wangfang', 'Wang Fang', 'quality', 0)"))
                   .lastInsertId()
                   .toLongLong();
    other.username = QStringLiteral("wangfang");
    other.displayName = QStringLiteral("Wang Fang");
    {
        MainWindow window(first.db(), f1.clock, other);
        window.show();
        std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::Analyse);
        CHECK(verification(form.get())->toPlainText().isEmpty());
    }
    // The one who typed it, on the database it belongs to, gets it back.
    MainWindow window(first.db(), f1.clock, first.quality);
    window.show();
    std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::Analyse);
    CHECK(verification(form.get())->toPlainText() == typed);
    MainWindow sales(first.db(), f1.clock, first.sales);
    CHECK_FALSE(sales.draftBanner()->isHidden());
}

TEST_CASE("Cancel or Esc with changes asks: keep editing, save or discard", "[gui][drafts]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = recordedCase(f);
    MainWindow window(t.db(), f.clock, t.quality);
    window.show();

    // Nothing typed: Cancel closes at once.
    {
        std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::Analyse);
        QTest::keyClick(form.get(), Qt::Key_Escape);
        CHECK(form->isHidden());
    }
    std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::Analyse);
    QTest::keyClicks(verification(form.get()), typed);
    bool asked = false;
    answerUnsaved(QMessageBox::Cancel, &asked); // "Keep editing"
    QTest::keyClick(verification(form.get()), Qt::Key_Escape);
    CHECK(asked);
    CHECK(form->isVisible());
    CHECK(verification(form.get())->toPlainText() == typed);
    CHECK(form->draft()->exists());

    asked = false;
    answerUnsaved(QMessageBox::Save, &asked);
    QTest::mouseClick(form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    CHECK(asked);
    CHECK(form->isVisible()); // the analysis is not complete: the form stays with the messages
    CHECK_FALSE(form->fieldError(QStringLiteral("gradeId")).isEmpty());
    CHECK(verification(form.get())->toPlainText() == typed);

    asked = false;
    answerUnsaved(QMessageBox::Discard, &asked);
    form->close(); // the window's close button
    CHECK(asked);
    CHECK(form->isHidden());
    CHECK_FALSE(form->draft()->exists());
    CHECK(f.flow.load(id).verification.isEmpty());
}

TEST_CASE("Esc in the intake form with a call typed asks, and keeps it unless discarded", "[gui][drafts]")
{
    TestDatabase t;
    FlowDriver f(t);
    MainWindow window(t.db(), f.clock, t.sales);
    window.show();
    window.newCase();
    IntakeForm* intake = window.intakeForm();
    QTest::keyClicks(intake->symptomEdit(), QStringLiteral("Actuator does not close"));
    bool asked = false;
    answerUnsaved(QMessageBox::Cancel, &asked); // "Keep editing"
    QTest::keyClick(intake, Qt::Key_Escape);
    CHECK(asked);
    CHECK(window.currentPage() == intake);
    CHECK(intake->symptomEdit()->toPlainText() == QStringLiteral("Actuator does not close"));
    CHECK(intake->draft().exists());
    asked = false;
    answerUnsaved(QMessageBox::Discard, &asked);
    QTest::keyClick(intake, Qt::Key_Escape);
    CHECK(asked);
    CHECK_FALSE(intake->draft().exists());
    CHECK(window.currentPage() != intake);
}

TEST_CASE("Closing the main window with a form open keeps the form's draft", "[gui][drafts]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = recordedCase(f);
    {
        auto window = std::make_unique<MainWindow>(t.db(), f.clock, t.quality);
        window->show();
        window->openCase(id);
        CaseViewPage* view = window->caseViewPage();
        StepDialog* form = view->actions().createDialog(WorkflowStep::Analyse, view->currentCase());
        form->show(); // owned by the window's page, as when the window runs it
        QTest::keyClicks(verification(form), typed);
        window->close();
    } // the window and its form are gone
    MainWindow again(t.db(), f.clock, t.quality);
    again.show();
    std::unique_ptr<StepDialog> form = openForm(again, id, WorkflowStep::Analyse);
    CHECK(verification(form.get())->toPlainText() == typed);
}

// The window of the test below, in its own process: types into the analysis form and waits to
// be killed.
TEST_CASE("Draft child: types into a form and waits to be killed", "[.draftchild]")
{
    qputenv("XDG_DATA_HOME", qgetenv("QL_DRAFT_DATA_HOME")); // the parent's drafts folder
    Database db(qEnvironmentVariable("QL_DRAFT_DB"));
    const MockClock clock;
    User user;
    for (const User& u : UserService(db.connection()).users())
        if (u.username == QStringLiteral("quality"))
            user = u;
    REQUIRE(user.id > 0);
    MainWindow window(db, clock, user);
    window.show();
    std::unique_ptr<StepDialog> form
        = openForm(window, qEnvironmentVariableIntValue("QL_DRAFT_CASE"), WorkflowStep::Analyse);
    QTest::keyClicks(verification(form.get()), typed);
    std::printf("DRAFT:typed\n");
    std::fflush(stdout);
    QTest::qWait(60000); // killed long before
}

TEST_CASE("A form's draft survives its program being killed and is offered on the next start",
          "[gui][drafts][processes]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = recordedCase(f);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QL_DRAFT_DB"), t.path());
    env.insert(QStringLiteral("QL_DRAFT_CASE"), QString::number(id));
    env.insert(QStringLiteral("QL_DRAFT_DATA_HOME"), qEnvironmentVariable("XDG_DATA_HOME"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.draftchild]")});
    QByteArray out;
    const QDeadlineTimer deadline(60000);
    while (!out.contains("DRAFT:typed") && !deadline.hasExpired() && child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(50);
        out += child.readAllStandardOutput();
    }
    REQUIRE(out.contains("DRAFT:typed"));
    child.kill(); // SIGKILL: no event loop, no destructor runs
    REQUIRE(child.waitForFinished(30000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    MainWindow window(t.db(), f.clock, t.quality);
    window.show();
    std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::Analyse);
    CHECK(verification(form.get())->toPlainText() == typed);
    CHECK(form->draftBar()->isVisible());
    // Saved, it is gone.
    form->draft()->clear();
}
