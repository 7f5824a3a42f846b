// Issue 14: the improvement loop in the window, on a database made as `init` makes it: a key
// customer's case graded opens its tracing, whose steps Quality signs off from the case view
// (refused out of order); a corrective action raised from the case goes through a meeting in
// View > Improvement; a special treatment group is opened.
#include "improvement/ImprovementWindow.h"

#include "GuiTestSupport.h"
#include "LatestCase.h"
#include "MockClock.h"
#include "auth/UserService.h"
#include "cases/CaseViewPage.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "improvement/ActionService.h"
#include "improvement/ActionsPage.h"
#include "improvement/CaseImprovement.h"
#include "improvement/GroupsPage.h"
#include "improvement/ImprovementForm.h"
#include "improvement/TracingDialog.h"
#include "main/MainWindow.h"
#include "reference/ReferenceData.h"
#include "workflow/WorkflowService.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

namespace {
User account(UserService& users, const User& admin, const QString& name, Role role, qint64 unitId = 0)
{
    User u;
    u.username = name;
    u.displayName = name;
    u.role = role;
    u.unitId = unitId;
    u.id = users.createUser(admin, u, QStringLiteral("a good long password"));
    return u;
}
} // namespace

TEST_CASE(
    "The improvement loop in the window: tracing steps signed in order, an action through a meeting, a group",
    "[gui][improvement]")
{
    QTemporaryDir dir;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));
    Database db(dir.filePath(QStringLiteral("new.sqlite"))); // the schema and defaults, as `init` makes them
    UserService users(db.connection());
    User first;
    first.username = QStringLiteral("admin");
    first.displayName = QStringLiteral("Administrator");
    first.role = Role::Administrator;
    const User admin = users.createFirstAdministrator(first, QStringLiteral("a good long password"));
    const User sales = account(users, admin, QStringLiteral("Li Na"), Role::SalesClerk);
    const User quality = account(users, admin, QStringLiteral("Wang Fang"), Role::QualityEngineer);
    const ReferenceData ref(db.connection());
    const qint64 rnd = ref.unitId(QStringLiteral("RND"));
    account(users, admin, QStringLiteral("Zhao Lei"), Role::ResponsibleUnit, rnd);
    const qint64 customer = ref.addCustomer(QStringLiteral("Huadong Petrochemical"), true, {}, {});

    // A key customer's case, recorded and graded by Quality: traced from then on.
    WorkflowService flow(db.connection(), clock);
    IntakeData in;
    in.channel = QStringLiteral("phone");
    in.customerId = customer;
    in.modelId = ref.addProductModel(QStringLiteral("Z41H-16C"), QStringLiteral("Gate valve"),
                                     QStringLiteral("valve"));
    in.symptom = QStringLiteral("Stem packing leaks");
    const qint64 caseId = flow.logCase(sales, in);
    flow.sendToQuality(sales, latest(flow, caseId));
    flow.recordByQuality(quality, latest(flow, caseId));
    AnalysisData a;
    a.verification = QStringLiteral("Photos");
    a.defectCategoryId
        = Sql::scalar(db.connection(), QStringLiteral("SELECT min(id) FROM defect_categories")).toLongLong();
    a.defectCauseId
        = Sql::scalar(db.connection(), QStringLiteral("SELECT min(id) FROM defect_causes")).toLongLong();
    a.gradeId
        = Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM grades WHERE code = 'B'")).toLongLong();
    a.units = {{rnd, QStringLiteral("Root cause"), {}}};
    flow.analyse(quality, latest(flow, caseId), a);

    MainWindow window(db, clock, quality);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openCase(caseId);
    auto* page = window.findChild<CaseViewPage*>();
    REQUIRE(page != nullptr);
    REQUIRE(page->findChild<QToolButton*>(QStringLiteral("caseImprovement")) != nullptr);

    // Tracing (8D)… from the case: D1 before D0 is refused with the reason; D0 signs off.
    bool checkedTracing = false;
    GuiTest::whenModal([&](QWidget* w) {
        auto* dialog = qobject_cast<TracingDialog*>(w);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->steps()->rowCount() == 9);
        dialog->selectStep(1);
        GuiTest::typeInto(dialog->findChild<QPlainTextEdit*>(QStringLiteral("stepText")),
                          QStringLiteral("Team named"));
        CHECK_FALSE(dialog->saveStep(true));
        CHECK(dialog->message().contains(QStringLiteral("in order")));
        dialog->selectStep(0);
        GuiTest::typeInto(dialog->findChild<QPlainTextEdit*>(QStringLiteral("stepText")),
                          QStringLiteral("Spare valves sent"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signStep")), Qt::LeftButton);
        CHECK(dialog->tracing().steps.at(0).isSigned());
        CHECK(dialog->steps()->item(0, 3)->text().startsWith(QStringLiteral("Wang Fang")));
        GuiTest::screenshot(dialog, QStringLiteral("tracing_dialog"));
        checkedTracing = true;
        dialog->reject();
    });
    CaseImprovement::showTracing(window.session(), page, caseId);
    CHECK(checkedTracing);

    // Raise corrective action… from the case: the empty form is refused field by field, then saved.
    GuiTest::whenModal([&](QWidget* w) {
        auto* form = qobject_cast<ImprovementForm*>(w);
        REQUIRE(form != nullptr);
        CHECK_FALSE(form->save());
        CHECK(form->fieldError(QStringLiteral("what")) == QStringLiteral("Say what is to be corrected."));
        GuiTest::typeInto(form->findChild<QPlainTextEdit*>(QStringLiteral("what")),
                          QStringLiteral("Harder packing"));
        auto* owner = form->findChild<QComboBox*>(QStringLiteral("ownerUnitId"));
        owner->setCurrentIndex(owner->findData(rnd));
        CHECK(form->save());
    });
    page->findChild<QAction*>(QStringLiteral("caseRaiseAction"))->trigger();
    const QList<CorrectiveAction> raised = ActionService(db.connection(), clock).ofCase(caseId);
    REQUIRE(raised.size() == 1);
    CHECK(raised.first().source == ActionSource::Tracing);

    // View > Improvement: the action listed; its notice at the quality management meeting.
    window.findChild<QAction*>(QStringLiteral("actionImprovement"))->trigger();
    auto* improvement = window.findChild<ImprovementWindow*>();
    REQUIRE(improvement != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(improvement));
    ActionsPage* actions = improvement->actions();
    REQUIRE(actions->table()->rowCount() == 1);
    CHECK(actions->table()->item(0, 0)->text() == QStringLiteral("RN-2026-00001"));
    CHECK(actions->table()->item(0, 6)->text() == QStringLiteral("0 of 3"));
    actions->table()->selectRow(0);
    GuiTest::whenModal([&](QWidget* w) {
        auto* form = qobject_cast<ImprovementForm*>(w);
        REQUIRE(form != nullptr);
        GuiTest::typeInto(form->findChild<QLineEdit*>(QStringLiteral("signedOffBy")),
                          QStringLiteral("Sun Li"));
        CHECK(form->save());
    });
    QTest::mouseClick(actions->findChild<QPushButton*>(QStringLiteral("circulateAction")), Qt::LeftButton);
    CHECK(ActionService(db.connection(), clock).load(raised.first().id).circulations.size() == 1);
    CHECK(actions->table()->item(0, 6)->text() == QStringLiteral("1 of 3")); // still chosen, one meeting on
    CHECK(actions->selectedId() == raised.first().id);
    CHECK(improvement->tracings()->rowCount() == 1);

    // A special treatment group, led by R&D.
    improvement->tabs()->setCurrentWidget(improvement->groups());
    GuiTest::whenModal([&](QWidget* w) {
        auto* form = qobject_cast<ImprovementForm*>(w);
        REQUIRE(form != nullptr);
        GuiTest::typeInto(form->findChild<QPlainTextEdit*>(QStringLiteral("problem")),
                          QStringLiteral("Leak nobody can reproduce"));
        auto* lead = form->findChild<QComboBox*>(QStringLiteral("lead"));
        lead->setCurrentIndex(lead->findText(QStringLiteral("Zhao Lei")));
        auto* members = form->findChild<QListWidget*>(QStringLiteral("members"));
        members->findItems(QStringLiteral("Wang Fang"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        CHECK(form->save());
    });
    QTest::mouseClick(improvement->groups()->findChild<QPushButton*>(QStringLiteral("newGroup")),
                      Qt::LeftButton);
    REQUIRE(improvement->groups()->table()->rowCount() == 1);
    improvement->groups()->table()->selectRow(0);
    CHECK(improvement->groups()->details()->text().contains(QStringLiteral("Zhao Lei")));
    improvement->tabs()->setCurrentWidget(actions);
    CHECK(GuiTest::screenshot(improvement, QStringLiteral("improvement_window")));
}
