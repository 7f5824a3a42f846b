// Issue 14: a special treatment group's members changed after it was opened, in View > Improvement
// on a database made as `init` makes it. Quality ticks one more person and unticks one member; the
// group's details show the new members, also in a fresh window. A member who is neither the lead
// nor Quality is refused with the reason, and the members stay as they were.
#include "GuiTestSupport.h"
#include "MockClock.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "improvement/GroupService.h"
#include "improvement/GroupsPage.h"
#include "improvement/ImprovementForm.h"
#include "improvement/ImprovementWindow.h"
#include "main/MainWindow.h"
#include "reference/ReferenceData.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
User person(UserService& users, const User& admin, const QString& name, Role role, qint64 unitId = 0)
{
    User u;
    u.username = name;
    u.displayName = name;
    u.role = role;
    u.unitId = unitId;
    u.id = users.createUser(admin, u, QStringLiteral("a good long password"));
    return u;
}

// View > Improvement of the window, on the groups tab with its first group chosen.
GroupsPage* groupsOf(MainWindow& window)
{
    QAction* action = window.findChild<QAction*>(QStringLiteral("actionImprovement"));
    REQUIRE(action != nullptr);
    action->trigger();
    auto* improvement = window.findChild<ImprovementWindow*>();
    REQUIRE(improvement != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(improvement));
    improvement->tabs()->setCurrentWidget(improvement->groups());
    GroupsPage* groups = improvement->groups();
    REQUIRE(groups != nullptr);
    REQUIRE(groups->table()->rowCount() == 1);
    groups->table()->selectRow(0);
    return groups;
}

// The person's row of the tick list, null when not listed once (checked by the caller).
QListWidgetItem* itemOf(QListWidget* members, const QString& name)
{
    const QList<QListWidgetItem*> found = members->findItems(name, Qt::MatchExactly);
    return found.size() == 1 ? found.first() : nullptr;
}
} // namespace

TEST_CASE("A special treatment group's members are changed in the window by Quality, refused to a member",
          "[gui][improvement][groups]")
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
    const User quality = person(users, admin, QStringLiteral("Wang Fang"), Role::QualityEngineer);
    const User sales = person(users, admin, QStringLiteral("Li Na"), Role::SalesClerk);
    const qint64 rnd = ReferenceData(db.connection()).unitId(QStringLiteral("RND"));
    const User lead = person(users, admin, QStringLiteral("Zhao Lei"), Role::ResponsibleUnit, rnd);
    const User engineer = person(users, admin, QStringLiteral("Chen Jie"), Role::ResponsibleUnit, rnd);

    // Quality opens the group: led by Zhao Lei, with Li Na and Chen Jie.
    GroupService groups(db.connection(), clock);
    const qint64 groupId = groups.open(quality, QStringLiteral("Leak nobody can reproduce"), 0, lead.id,
                                       {sales.id, engineer.id});
    REQUIRE(groups.load(groupId).members
            == QStringList {QStringLiteral("Li Na"), QStringLiteral("Chen Jie")});

    {
        // Quality: Members… ticks Wang Fang, unticks Chen Jie, saves.
        MainWindow window(db, clock, quality);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        GroupsPage* page = groupsOf(window);
        CHECK(page->details()->text().contains(QStringLiteral("Chen Jie")));
        bool saved = false;
        GuiTest::whenModal([&](QWidget* w) {
            // No REQUIRE in here: its exception would cross the dialog's event loop. A missing
            // widget fails the test below (saved stays false) after the dialog is closed.
            auto* form = qobject_cast<ImprovementForm*>(w);
            // The tick list is the form's "members" field (addField names it by its core key).
            auto* members = form ? form->findChild<QListWidget*>(QStringLiteral("members")) : nullptr;
            CHECK(members != nullptr);
            if (members == nullptr) {
                w->close();
                return;
            }
            CHECK(members->findItems(QStringLiteral("Zhao Lei"), Qt::MatchExactly).isEmpty()); // the lead
            QListWidgetItem* liNa = itemOf(members, QStringLiteral("Li Na"));
            QListWidgetItem* chenJie = itemOf(members, QStringLiteral("Chen Jie"));
            QListWidgetItem* wangFang = itemOf(members, QStringLiteral("Wang Fang"));
            CHECK((liNa && chenJie && wangFang));
            if (!liNa || !chenJie || !wangFang) {
                w->close();
                return;
            }
            CHECK(liNa->checkState() == Qt::Checked);
            CHECK(chenJie->checkState() == Qt::Checked);
            CHECK(wangFang->checkState() == Qt::Unchecked);
            wangFang->setCheckState(Qt::Checked);
            chenJie->setCheckState(Qt::Unchecked);
            saved = form->save();
            if (!saved) {
                CHECK(form->generalError().isEmpty());
                form->reject();
            }
        });
        auto* button = page->findChild<QPushButton*>(QStringLiteral("groupMembers"));
        REQUIRE(button != nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(saved);
        const QString details = page->details()->text();
        CHECK(details.contains(QStringLiteral("members: Li Na, Wang Fang.")));
        CHECK_FALSE(details.contains(QStringLiteral("Chen Jie")));
    }

    // Read back through the service, as a restart would.
    const TreatmentGroup changed = GroupService(db.connection(), clock).load(groupId);
    CHECK(changed.members == QStringList {QStringLiteral("Li Na"), QStringLiteral("Wang Fang")});
    CHECK(changed.memberIds == QList<qint64> {sales.id, quality.id});

    // Li Na, a member but neither the lead nor Quality: the form says why and nothing changes.
    MainWindow window(db, clock, sales);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    GroupsPage* page = groupsOf(window);
    CHECK(page->details()->text().contains(QStringLiteral("members: Li Na, Wang Fang.")));
    QString refusal;
    bool refused = false;
    GuiTest::whenModal([&](QWidget* w) {
        auto* form = qobject_cast<ImprovementForm*>(w);
        auto* members = form ? form->findChild<QListWidget*>(QStringLiteral("members")) : nullptr;
        CHECK(members != nullptr);
        if (members == nullptr) {
            w->close();
            return;
        }
        QListWidgetItem* chenJie = itemOf(members, QStringLiteral("Chen Jie"));
        CHECK(chenJie != nullptr);
        if (chenJie == nullptr) {
            w->close();
            return;
        }
        chenJie->setCheckState(Qt::Checked);
        refused = !form->save();
        refusal = form->generalError();
        CHECK(form->isVisible()); // kept open with what was ticked
        form->reject();
    });
    auto* button = page->findChild<QPushButton*>(QStringLiteral("groupMembers"));
    REQUIRE(button != nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(refused);
    CHECK(refusal == QStringLiteral("Only the group's lead or the Quality Department can do this."));
    CHECK(GroupService(db.connection(), clock).load(groupId).members
          == QStringList {QStringLiteral("Li Na"), QStringLiteral("Wang Fang")});
    CHECK(page->details()->text().contains(QStringLiteral("members: Li Na, Wang Fang.")));
}
