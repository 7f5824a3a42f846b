// Issue 10, two people on one case, in the window: a form refused because someone else changed
// the case offers to show their change, to apply mine on top or to drop mine; a form whose case
// is changed elsewhere while it is open says so without touching what is typed.
#include "steps/ConflictDialog.h"

#include "FlowDriver.h"
#include "GuiTestSupport.h"
#include "LatestCase.h"
#include "cases/CaseActions.h"
#include "cases/CaseViewPage.h"
#include "db/Sql.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "steps/AnalysisDialog.h"
#include "steps/TextStepDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>
#include <memory>

namespace {
User addQualityEngineer(TestDatabase& t, const QString& name)
{
    User u;
    u.username = name.toLower().remove(u' ');
    u.displayName = name;
    u.role = Role::QualityEngineer;
    u.id = Sql::exec(t.connection(),
                     QStringLiteral("INSERT INTO users(username, display_name, role, created_at) VALUES "
                                    "(?, ?, 'quality', 0)"),
                     {u.username, name})
               .lastInsertId()
               .toLongLong();
    return u;
}

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

QStringList treeTexts(const QTreeWidget* tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* group = tree->topLevelItem(i);
        texts.append(group->text(0));
        for (int k = 0; k < group->childCount(); ++k)
            texts.append(group->child(k)->text(0) + QStringLiteral(" | ") + group->child(k)->text(1)
                         + QStringLiteral(" | ") + group->child(k)->text(2));
    }
    return texts;
}
} // namespace

TEST_CASE("A refused analysis shows their change, then applies mine on top of it", "[gui][conflict]")
{
    Translations::install(QStringLiteral("en"));
    TestDatabase t;
    FlowDriver f(t);
    const User liWei = addQualityEngineer(t, QStringLiteral("Li Wei"));
    const qint64 id = f.log();
    f.toRecorded(id);
    f.flow.analyse(t.quality, latest(f.flow, id), f.analysis()); // grade B
    f.clock.set(QDateTime(QDate(2026, 3, 3), QTime(6, 2), Qt::UTC)); // 14:02 in Shanghai

    MainWindow window(t.db(), f.clock, t.quality);
    window.show();
    std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::Analyse);
    auto* analysis = qobject_cast<AnalysisDialog*>(form.get());
    REQUIRE(analysis);
    GuiTest::typeInto(analysis->verificationEdit(), QStringLiteral("Leak reproduced on the test bench"));

    // Meanwhile Li Wei, in another program, raises the grade to A.
    AnalysisData his = f.analysis();
    his.gradeId = t.gradeA;
    f.flow.analyse(liWei, latest(f.flow, id), his);

    bool shown = false;
    GuiTest::whenModal([&](QWidget* modal) {
        auto* box = qobject_cast<ConflictDialog*>(modal);
        CHECK(box != nullptr);
        if (!box) {
            modal->close();
            return;
        }
        CHECK(box->messageLabel()->text().startsWith(
            QStringLiteral("Li Wei changed this case at 14:02 after you opened it")));
        CHECK(box->messageLabel()->text().contains(QStringLiteral("Grade of the event")));
        CHECK(box->changesView()->isHidden());
        QTest::mouseClick(box->showButton(), Qt::LeftButton);
        CHECK(box->changesView()->isVisible());
        const QStringList texts = treeTexts(box->changesView());
        CHECK(texts.contains(QStringLiteral("Li Wei, 2026-03-03 14:02")));
        CHECK(texts.contains(QStringLiteral("Grade of the event | Grade B: serious | Grade A: major")));
        GuiTest::screenshot(box, QStringLiteral("conflict_dialog"));
        shown = true;
        QTest::mouseClick(box->applyButton(), Qt::LeftButton);
    });
    GuiTest::clickSave(form.get());
    CHECK(shown);
    CHECK(form->result() == QDialog::Accepted);
    // Mine (the verification) on top of his (the grade he raised, which I did not touch).
    const QualityCase c = f.flow.load(id);
    CHECK(c.verification == QStringLiteral("Leak reproduced on the test bench"));
    CHECK(c.gradeId == t.gradeA);
    CHECK_FALSE(form->draft()->exists());
}

TEST_CASE("Dropping mine closes the form and keeps their change", "[gui][conflict]")
{
    Translations::install(QStringLiteral("en"));
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log(true);
    MainWindow window(t.db(), f.clock, t.quality);
    window.show();
    std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::DisposalSuggestion);
    auto* text = qobject_cast<TextStepDialog*>(form.get());
    REQUIRE(text);
    GuiTest::typeInto(text->textEdit(), QStringLiteral("Replace the valve"));
    REQUIRE(form->draft()->exists());
    f.flow.giveDisposalSuggestion(t.sales, latest(f.flow, id), QStringLiteral("Retighten the gland nut"));

    GuiTest::whenModal([](QWidget* modal) {
        auto* box = qobject_cast<ConflictDialog*>(modal);
        CHECK(box != nullptr);
        if (box)
            QTest::mouseClick(box->dropButton(), Qt::LeftButton);
        else
            modal->close();
    });
    GuiTest::clickSave(form.get());
    CHECK(form->result() == QDialog::Rejected);
    CHECK(form->isHidden());
    CHECK_FALSE(form->draft()->exists());
    CHECK(f.flow.load(id).disposalSuggestion == QStringLiteral("Retighten the gland nut"));
}

TEST_CASE("Closing the conflict box goes back to the form with nothing lost", "[gui][conflict]")
{
    Translations::install(QStringLiteral("en"));
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log(true);
    MainWindow window(t.db(), f.clock, t.quality);
    window.show();
    std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::DisposalSuggestion);
    auto* text = qobject_cast<TextStepDialog*>(form.get());
    GuiTest::typeInto(text->textEdit(), QStringLiteral("Replace the valve"));
    f.flow.giveDisposalSuggestion(t.sales, latest(f.flow, id), QStringLiteral("Retighten the gland nut"));
    GuiTest::whenModal([](QWidget* modal) { QTest::keyClick(modal, Qt::Key_Escape); });
    GuiTest::clickSave(form.get());
    CHECK(form->isVisible());
    CHECK(text->textEdit()->toPlainText() == QStringLiteral("Replace the valve"));
    CHECK(form->generalError().startsWith(QStringLiteral("sales changed this case")));
    CHECK(form->draft()->exists());
}

TEST_CASE("A one-click step on a case changed elsewhere offers the same choices", "[gui][conflict]")
{
    Translations::install(QStringLiteral("en"));
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log(true);
    MainWindow window(t.db(), f.clock, t.sales);
    window.show();
    window.openCase(id);
    CaseViewPage* view = window.caseViewPage();
    QPushButton* send = view->stepButton(WorkflowStep::SendToQuality);
    REQUIRE(send);
    f.flow.giveDisposalSuggestion(t.quality, latest(f.flow, id), QStringLiteral("Retighten the gland nut"));
    GuiTest::whenModal([](QWidget* modal) {
        auto* box = qobject_cast<ConflictDialog*>(modal);
        CHECK(box != nullptr);
        if (box)
            QTest::mouseClick(box->applyButton(), Qt::LeftButton);
        else
            modal->close();
    });
    QTest::mouseClick(send, Qt::LeftButton);
    CHECK(f.flow.load(id).status == CaseStatus::SentToQuality);
}

TEST_CASE("A form whose case changes elsewhere says who and when, and keeps what is typed",
          "[gui][conflict][notice]")
{
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(lang);
        TestDatabase t;
        FlowDriver f(t);
        const User liWei = addQualityEngineer(t, QStringLiteral("Li Wei"));
        const qint64 id = f.log();
        f.toRecorded(id);
        f.flow.analyse(t.quality, latest(f.flow, id), f.analysis());
        f.clock.set(QDateTime(QDate(2026, 3, 3), QTime(6, 2), Qt::UTC)); // 14:02 in Shanghai
        MainWindow window(t.db(), f.clock, t.quality);
        window.show();
        std::unique_ptr<StepDialog> form = openForm(window, id, WorkflowStep::Analyse);
        auto* analysis = qobject_cast<AnalysisDialog*>(form.get());
        GuiTest::typeInto(analysis->verificationEdit(), QStringLiteral("Leak reproduced on the test bench"));
        CHECK(form->notice()->isHidden());

        // Another case changed elsewhere: nothing to say.
        emit window.session().changedElsewhere({id + 100});
        CHECK(form->notice()->isHidden());

        AnalysisData his = f.analysis();
        his.gradeId = t.gradeA;
        f.flow.analyse(liWei, latest(f.flow, id), his);
        emit window.session().changedElsewhere({id});
        CHECK(form->notice()->isVisible());
        if (lang == QStringLiteral("en"))
            CHECK(form->notice()->text()
                  == QStringLiteral(
                      "Li Wei changed this case at 14:02 while you were editing; your save will ask "
                      "what to do."));
        else
            CHECK(form->notice()->text().contains(QStringLiteral("Li Wei")));
        CHECK(analysis->verificationEdit()->toPlainText()
              == QStringLiteral("Leak reproduced on the test bench"));
        CHECK(analysis->gradeCombo()->currentData().toLongLong() == t.gradeB); // not overwritten
        GuiTest::screenshot(form.get(), QStringLiteral("changed_elsewhere_notice"));

        // The conflict box of that save, in the same language, for the screenshots.
        GuiTest::whenModal([](QWidget* modal) {
            if (auto* box = qobject_cast<ConflictDialog*>(modal)) {
                QTest::mouseClick(box->showButton(), Qt::LeftButton);
                GuiTest::screenshot(box, QStringLiteral("conflict_dialog_details"));
            }
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        GuiTest::clickSave(form.get());
        CHECK(form->isVisible());
        form->draft()->clear();
    }
    Translations::install(QStringLiteral("en"));
}
