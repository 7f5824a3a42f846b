// Issue 14: the improvement loop in "My work", on a database made as `init` makes it. Quality
// names a person the owner of an 8D step; that person and the owner unit's members find their
// steps and actions in My work, each by its own due day, the overdue one in red; a line opens
// the action or the step. The flow chart counts the loop.
#include "GuiTestSupport.h"
#include "MockClock.h"
#include "auth/UserService.h"
#include "cases/CaseRowFormat.h"
#include "cases/CaseRowsModel.h"
#include "cases/CaseTableView.h"
#include "common/Palette.h"
#include "db/Database.h"
#include "flow/FlowChartPage.h"
#include "flow/FlowChartWidget.h"
#include "improvement/ActionService.h"
#include "improvement/ActionsPage.h"
#include "improvement/ImprovementQueue.h"
#include "improvement/ImprovementWindow.h"
#include "improvement/StepOwnerPicker.h"
#include "improvement/TracingDialog.h"
#include "improvement/TracingService.h"
#include "main/MainWindow.h"
#include "main/NavigationTree.h"
#include "queue/MyWorkPage.h"
#include "reference/ReferenceData.h"
#include "workflow/WorkflowService.h"

#include <QApplication>
#include <QBrush>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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

qint64 raise(Database& db, const Clock& clock, const User& quality, qint64 caseId, qint64 unit,
             const QDate& due, const QString& what)
{
    NewAction a;
    a.source = caseId > 0 ? ActionSource::Case : ActionSource::Manual;
    a.caseId = caseId;
    a.what = what;
    a.ownerUnitId = unit;
    a.dueOn = due;
    return ActionService(db.connection(), clock).raise(quality, a);
}

// Chooses a heading of My work and waits for its lines.
CaseRowsModel* showHeading(MainWindow& window, const QString& key)
{
    QTreeWidgetItem* item = window.navigation()->groupItem(key);
    REQUIRE(item != nullptr);
    window.navigation()->setCurrentItem(item);
    REQUIRE(GuiTest::waitForCounts(window));
    return window.myWorkPage()->model();
}

template<typename T> T* waitForChild(QWidget& parent)
{
    const QDeadlineTimer deadline(5000);
    T* found = nullptr;
    while (!(found = parent.findChild<T*>()) && !deadline.hasExpired())
        QTest::qWait(5);
    return found;
}
} // namespace

TEST_CASE("My work lists an owner's actions and 8D steps, overdue in red, and opens them",
          "[gui][improvement][queue]")
{
    QTemporaryDir dir;
    const QTimeZone shanghai("Asia/Shanghai");
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), shanghai));
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
    const User zhao = account(users, admin, QStringLiteral("Zhao Lei"), Role::ResponsibleUnit, rnd);

    WorkflowService flow(db.connection(), clock);
    IntakeData in;
    in.channel = QStringLiteral("phone");
    in.customerId = ref.addCustomer(QStringLiteral("Huadong Petrochemical"), false, {}, {});
    in.modelId = ref.addProductModel(QStringLiteral("Z41H-16C"), QStringLiteral("Gate valve"),
                                     QStringLiteral("valve"));
    in.symptom = QStringLiteral("Stem packing leaks");
    const qint64 caseId = flow.logCase(sales, in);
    const qint64 tracing
        = TracingService(db.connection(), clock).open(quality, caseId, QStringLiteral("Repeat"));
    const qint64 byHand
        = raise(db, clock, quality, 0, rnd, QDate(2026, 3, 3), QStringLiteral("Review the packing drawing"));
    raise(db, clock, quality, caseId, rnd, QDate(2026, 3, 6), QStringLiteral("Harder packing for DN50"));

    // Quality names Zhao Lei himself the owner of D1 in the tracing's form.
    {
        MainWindow window(db, clock, quality);
        TracingDialog dialog(window.session(), tracing, &window);
        dialog.selectStep(1);
        dialog.ownerPicker()->setOwner(0, zhao.id);
        REQUIRE(dialog.planStep());
        CHECK(dialog.tracing().steps.at(1).ownerUserId == zhao.id);
        CHECK(dialog.steps()->item(1, 1)->text() == QStringLiteral("Zhao Lei"));
        dialog.selectStep(1);
        CHECK(dialog.ownerPicker()->userId() == zhao.id);
        CHECK(dialog.ownerPicker()->currentText().contains(QStringLiteral("Zhao Lei")));
        GuiTest::screenshot(&dialog, QStringLiteral("tracing_step_person"));
    }

    clock.set(QDateTime(QDate(2026, 3, 4), QTime(10, 0), shanghai)); // the action by hand is a day late
    MainWindow window(db, clock, zhao);
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(GuiTest::waitForCounts(window));
    QTreeWidgetItem* actionsItem = window.navigation()->groupItem(ImprovementQueue::actionsKey());
    REQUIRE(actionsItem != nullptr);
    CHECK(actionsItem->text(0) == QStringLiteral("Corrective actions due 2, overdue 1"));
    CHECK(actionsItem->foreground(0).color() == Palette::overdue(window.navigation()->palette()));
    CHECK(window.navigation()->groupItem(ImprovementQueue::stepsKey())->text(0)
          == QStringLiteral("8D steps due 3")); // D1 his own, D4 and D5 R&D's

    CaseRowsModel* model = showHeading(window, ImprovementQueue::actionsKey());
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, CaseRowFormat::DueAt).data().toString() == QStringLiteral("2026-03-03 (overdue)"));
    CHECK(model->index(0, CaseRowFormat::NextStep)
              .data()
              .toString()
              .contains(QStringLiteral("Review the packing")));
    CHECK(model->index(0, CaseRowFormat::Number).data().toString().isEmpty()); // raised by hand: no case
    CHECK(model->index(1, CaseRowFormat::DueAt).data().toString() == QStringLiteral("2026-03-06"));
    CHECK(model->index(1, CaseRowFormat::Customer).data().toString()
          == QStringLiteral("Huadong Petrochemical"));
    CHECK(model->index(0, CaseRowFormat::DueAt).data(Qt::ForegroundRole).value<QBrush>().color()
          == Palette::deadline(QApplication::palette(), model->row(0).nextDueAt, clock.now()));
    GuiTest::screenshot(&window, QStringLiteral("my_work_actions_due"));

    // Enter on the late action opens it among the actions, selected.
    CaseTableView* table = window.myWorkPage()->table();
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto* improvement = waitForChild<ImprovementWindow>(window);
    REQUIRE(improvement != nullptr);
    CHECK(improvement->tabs()->currentWidget() == improvement->actions());
    CHECK(improvement->actions()->selectedId() == byHand);
    improvement->close();

    // The steps: the earliest due first; Enter opens the tracing at that step.
    model = showHeading(window, ImprovementQueue::stepsKey());
    REQUIRE(model->rowCount() == 3);
    CHECK(model->row(0).itemStep == 1);
    CHECK(model->index(0, CaseRowFormat::NextStep).data().toString()
          == QStringLiteral("8D-2026-00001 D1 Team"));
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto* dialog = waitForChild<TracingDialog>(window);
    REQUIRE(dialog != nullptr);
    CHECK(dialog->steps()->currentRow() == 1);
    CHECK(dialog->findChild<QPushButton*>(QStringLiteral("saveStep"))->isEnabled()); // his to write
    dialog->close();

    // The flow chart counts the loop: one tracing, two actions (one late), no group.
    window.showFlowChart();
    REQUIRE(GuiTest::waitForCounts(window));
    FlowChartWidget* chart = window.flowChartPage()->chart();
    REQUIRE(chart->loops().size() == 3);
    CHECK(chart->loops().at(FlowLoopCount::Tracing).open == 1);
    CHECK(chart->loops().at(FlowLoopCount::Tracing).overdue == 1); // D0, due 3 March
    CHECK(chart->loops().at(FlowLoopCount::Actions).open == 2);
    CHECK(chart->loops().at(FlowLoopCount::Actions).overdue == 1);
    CHECK(chart->loops().at(FlowLoopCount::Groups).open == 0);
    GuiTest::screenshot(window.flowChartPage(), QStringLiteral("flow_chart_improvement"));
}
