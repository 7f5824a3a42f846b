// Issue 3: the intake draft is on disk as it is typed and comes back after the window is
// destroyed without saving.
#include "MockClock.h"
#include "TestDatabase.h"
#include "intake/IntakeForm.h"
#include "main/DraftBanner.h"
#include "main/MainWindow.h"

#include <QFrame>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("The intake draft comes back after the window is destroyed without saving", "[gui][intake]")
{
    TestDatabase t;
    MockClock clock;
    {
        auto window = std::make_unique<MainWindow>(t.db(), clock, t.sales);
        window->show();
        CHECK(window->draftBanner()->isHidden());
        window->newCase();
        QTest::keyClicks(window->intakeForm()->customerEdit(), QStringLiteral("Huadong Petrochemical Co."));
        QTest::keyClicks(window->intakeForm()->serialEdit(), t.serialNo);
        QTest::keyClicks(window->intakeForm()->symptomEdit(), QStringLiteral("Actuator does not close"));
        // The window goes away as in a crash: nothing saved, nothing asked.
    }
    MainWindow again(t.db(), clock, t.sales);
    again.show();
    CHECK_FALSE(again.draftBanner()->isHidden());
    again.continueDraft();
    CHECK(again.currentPage() == again.intakeForm());
    CHECK(again.intakeForm()->customerEdit()->text() == QStringLiteral("Huadong Petrochemical Co."));
    CHECK(again.intakeForm()->symptomEdit()->toPlainText() == QStringLiteral("Actuator does not close"));
    CHECK(again.intakeForm()->serialEdit()->text() == t.serialNo);
    // Saving it logs the case and removes the draft.
    REQUIRE(again.intakeForm()->save());
    CHECK_FALSE(again.intakeForm()->draft().exists());
}

TEST_CASE("The intake form shows core's messages next to the fields", "[gui][intake]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow window(t.db(), clock, t.sales);
    window.newCase();
    CHECK_FALSE(window.intakeForm()->save());
    CHECK_FALSE(window.intakeForm()->fieldError(QStringLiteral("customerId")).isEmpty());
    CHECK_FALSE(window.intakeForm()->fieldError(QStringLiteral("symptom")).isEmpty());
    window.intakeForm()->draft().clear();
}
