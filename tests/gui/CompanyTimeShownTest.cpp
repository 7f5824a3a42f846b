// Issue 12.6: the service form and the case view show a time in the company's time zone, to the
// minute, whatever the machine's own zone: never "4 Mar 2026 18:00:00" in the machine's zone.
#include "FlowDriver.h"
#include "GuiTestSupport.h"
#include "cases/CaseActions.h"
#include "cases/CaseViewPage.h"
#include "deadlines/DeadlineRules.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "steps/ServiceDialog.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>

#include <catch2/catch.hpp>
#include <memory>

namespace {
// A company zone whose clock differs from the machine's at that moment.
QTimeZone otherThanMachine(const QDateTime& at)
{
    const int machine = QTimeZone::systemTimeZone().offsetFromUtc(at);
    for (const char* id : {"Asia/Shanghai", "America/New_York", "Asia/Kolkata"}) {
        const QTimeZone zone(id);
        if (zone.isValid() && zone.offsetFromUtc(at) != machine)
            return zone;
    }
    return {};
}

bool hasSeconds(const QString& text)
{
    static const QRegularExpression seconds(QStringLiteral("\\d:\\d\\d:\\d\\d"));
    return text.contains(seconds);
}

// The minutes as a clock on that zone's wall shows them, standing alone ("8:00" is not in "18:00").
bool showsClock(const QString& text, const QDateTime& at, const QTimeZone& zone)
{
    const QTime local = at.toTimeZone(zone).time();
    const QRegularExpression clock(QStringLiteral("(?<![0-9])0?%1:%2(?![0-9])")
                                       .arg(local.hour())
                                       .arg(local.minute(), 2, 10, QLatin1Char('0')));
    return text.contains(clock);
}
} // namespace

TEST_CASE("Times show in the company's zone to the minute, not the machine's", "[gui][companytime]")
{
    TestDatabase t;
    const QDateTime probe(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
    const QTimeZone company = otherThanMachine(probe);
    REQUIRE(company.isValid());
    DeadlineRules rules = DeadlineRules::load(t.connection());
    rules.zone = company;
    rules.save(t.connection());

    FlowDriver f(t);
    const qint64 id = f.log();
    f.toPlanned(id);
    const QDateTime appointed = f.flow.load(id).plan->appointedAt;
    REQUIRE(appointed.isValid());
    REQUIRE(appointed.toTimeZone(company).time() != appointed.toLocalTime().time());

    MainWindow tech(t.db(), f.clock, t.technician);
    tech.show();
    tech.openCase(id);
    CaseViewPage* view = tech.caseViewPage();
    REQUIRE(view);

    SECTION("the service form's appointment")
    {
        std::unique_ptr<StepDialog> dialog(
            view->actions().createDialog(WorkflowStep::OnSiteService, view->currentCase()));
        REQUIRE(qobject_cast<ServiceDialog*>(dialog.get()));
        QString note;
        for (QLabel* label : dialog->findChildren<QLabel*>())
            if (label->text().contains(QStringLiteral("Appointed")))
                note = label->text();
        INFO(note.toStdString());
        REQUIRE_FALSE(note.isEmpty());
        CHECK(showsClock(note, appointed, company));
        CHECK_FALSE(showsClock(note, appointed, QTimeZone::systemTimeZone()));
        CHECK_FALSE(hasSeconds(note));
    }
    SECTION("the case view's details")
    {
        const QString details = view->findChild<QTextBrowser*>()->toPlainText();
        INFO(details.toStdString());
        const int at = details.indexOf(QStringLiteral("Appointed"));
        REQUIRE(at >= 0);
        const QString line = details.mid(at).section(u'\n', 0, 1); // the label, then its value
        INFO(line.toStdString());
        CHECK(showsClock(line, appointed, company));
        CHECK_FALSE(showsClock(line, appointed, QTimeZone::systemTimeZone()));
        CHECK_FALSE(hasSeconds(details));
        CHECK_FALSE(hasSeconds(view->findChild<QLabel*>(QStringLiteral("caseNextDue"))->text()));
    }
}
