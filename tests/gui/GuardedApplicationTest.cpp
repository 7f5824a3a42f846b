// The net under the window's handlers: an error thrown from a key press or a timer (a read of
// the database when the server went away) is shown in the clerk's words, once for a burst, and
// the program goes on; before, it ended the program ("terminate called after throwing an
// instance of 'DatabaseError'") with whatever was typed in the open forms.
#include "main/GuardedApplication.h"

#include "GuiTestSupport.h"
#include "db/DatabaseError.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QMessageBox>

#include <catch2/catch.hpp>

TEST_CASE("An error that reaches the event loop is shown once, and the program goes on", "[gui]")
{
    const QString lost = QStringLiteral("The connection to the database server was lost");
    QString shown;
    int boxes = 0;
    GuiTest::whenModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box != nullptr);
        shown = box->text();
        ++boxes;
        box->accept();
    });
    // A refresh and a timer meet the same lost server: two failures, one box.
    for (int i = 0; i < 2; ++i)
        CHECK_FALSE(GuardedApplication::deliver(
            [&]() -> bool { throw DatabaseError(DatabaseError::Kind::Unreachable, lost); }));
    CHECK(GuardedApplication::deliver([]() { return true; })); // what did not fail is delivered as ever
    for (QDeadlineTimer deadline(10000); boxes == 0 && !deadline.hasExpired();)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(boxes == 1);
    CHECK(shown == lost);

    // The next failure, after the box was closed, is shown again.
    GuiTest::whenModal([&](QWidget* modal) {
        shown = qobject_cast<QMessageBox*>(modal)->text();
        ++boxes;
        qobject_cast<QMessageBox*>(modal)->accept();
    });
    CHECK_FALSE(GuardedApplication::deliver([]() -> bool { throw std::runtime_error("disk gone"); }));
    for (QDeadlineTimer deadline(10000); boxes == 1 && !deadline.hasExpired();)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(boxes == 2);
    CHECK(shown.contains(QStringLiteral("disk gone")));
}
