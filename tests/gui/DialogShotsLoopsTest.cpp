// Issue 12.5 and 12.7: the dialogs of the customer loops and of the improvement loop looked at as
// people meet them, in English and Chinese, on the screen the test runs on (1440x900 and 1280x720,
// see tests/gui/CMakeLists.txt): the loops window and its forms, the improvement window, the 8D
// tracing and every small form of actions and special treatment groups.
#include "DialogChecks.h"
#include "FlowDriver.h"
#include "LatestCase.h"
#include "i18n/Translations.h"
#include "improvement/ImprovementForms.h"
#include "improvement/ImprovementWindow.h"
#include "improvement/TracingDialog.h"
#include "improvement/TracingService.h"
#include "loops/CallbackDialog.h"
#include "loops/CustomerLoopsWindow.h"
#include "loops/LoopSettings.h"
#include "loops/RequirementDialog.h"
#include "loops/RoundDialog.h"
#include "loops/SurveyAnswerDialog.h"
#include "loops/SurveyOpenDialog.h"
#include "loops/VisitDialog.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "reference/ReferenceData.h"

#include <catch2/catch.hpp>

using DialogChecks::Kind;

TEST_CASE("Issue 12.5: every dialog of the customer and improvement loops on the screen, in both languages",
          "[gui][screenshots][.dialogs]")
{
    TestDatabase t;
    FlowDriver f(t);
    LoopSettingsService loopSettings(t.connection(), f.clock);
    LoopSettings s = loopSettings.load();
    s.start = QDate(2026, 1, 1);
    loopSettings.save(t.admin, s);
    const ReferenceData ref(t.connection());
    const qint64 shipment
        = ref.addShipment(QStringLiteral("SO-9001"), QStringLiteral("B2026-001"), t.customerId,
                          QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC));
    ref.addSerial(QStringLiteral("SN2026-000001"), shipment, t.modelId);
    const qint64 caseId = f.log();
    f.toSheetIssued(caseId);
    const qint64 tracing = TracingService(t.connection(), f.clock)
                               .open(t.quality, caseId, QStringLiteral("Asked by the manager"));
    const QualityCase c = f.flow.load(caseId);

    BatchCallback batch;
    batch.shipmentId = shipment;
    batch.orderNo = QStringLiteral("SO-9001");
    batch.batchNo = QStringLiteral("B2026-001");
    batch.customerId = t.customerId;
    batch.customerName = c.customerName;
    batch.deliveredOn = QDate(2026, 1, 10);
    CustomerVisit visit;
    visit.customerId = t.customerId;
    visit.customerName = c.customerName;
    visit.caseId = caseId;
    visit.caseNumber = c.number;
    visit.dueAt = f.clock.now().addDays(14);
    SurveyLetter letter;
    letter.customerId = t.customerId;
    letter.customerName = c.customerName;
    letter.language = QStringLiteral("en");
    CorrectiveAction action;
    action.number = QStringLiteral("RN-2026-00001");
    action.caseId = caseId;
    action.caseNumber = c.number;
    action.what = QStringLiteral("Harder stem packing on the Q41F line");
    TreatmentGroup group;
    group.number = QStringLiteral("TG-2026-00001");
    group.problem = QStringLiteral("A leak nobody can reproduce");
    group.caseId = caseId;
    group.caseNumber = c.number;

    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(lang);
        MainWindow window(t.db(), f.clock, t.manager);
        window.resize(DialogChecks::screen());
        window.show();
        Session& session = window.session();
        {
            CustomerLoopsWindow dialog(session, &window);
            DialogChecks::look(&dialog, QStringLiteral("loops"), Kind::Window);
        }
        {
            CallbackDialog dialog(session, batch, &window);
            DialogChecks::look(&dialog, QStringLiteral("loops_callback"));
        }
        {
            VisitDialog dialog(session, visit, VisitDialog::Mode::Plan, &window);
            DialogChecks::look(&dialog, QStringLiteral("loops_visit_plan"));
        }
        {
            VisitDialog dialog(session, visit, VisitDialog::Mode::Record, &window);
            DialogChecks::look(&dialog, QStringLiteral("loops_visit_record"));
        }
        {
            RequirementDialog dialog(session, QStringLiteral("SO-9001"), &window);
            DialogChecks::look(&dialog, QStringLiteral("loops_requirements_seen"), Kind::Window);
        }
        {
            MainWindow salesWindow(t.db(), f.clock, t.sales); // Sales fills the requirements in
            RequirementDialog dialog(salesWindow.session(), QStringLiteral("SO-9001"), &salesWindow);
            DialogChecks::look(&dialog, QStringLiteral("loops_requirements"));
        }
        {
            RoundDialog dialog(session, &window);
            DialogChecks::look(&dialog, QStringLiteral("loops_round"));
        }
        {
            SurveyOpenDialog dialog(session, 2026, &window);
            DialogChecks::look(&dialog, QStringLiteral("loops_survey_open"));
        }
        {
            SurveyAnswerDialog dialog(session, letter, &window);
            DialogChecks::look(&dialog, QStringLiteral("loops_survey_answer"));
        }
        {
            ImprovementWindow dialog(session, &window);
            DialogChecks::look(&dialog, QStringLiteral("improvement"), Kind::Window);
        }
        {
            TracingDialog dialog(session, tracing, &window);
            DialogChecks::look(&dialog, QStringLiteral("improvement_tracing"), Kind::Window);
        }
        const QList<std::pair<QString, std::function<void()>>> forms {
            {QStringLiteral("improvement_raise"),
             [&]() { ImprovementForms::raiseAction(session, &window, ActionSource::Case, caseId, 0); }},
            {QStringLiteral("improvement_circulation"),
             [&]() { ImprovementForms::recordCirculation(session, &window, action); }},
            {QStringLiteral("improvement_done"),
             [&]() { ImprovementForms::reportDone(session, &window, action); }},
            {QStringLiteral("improvement_effective"),
             [&]() { ImprovementForms::checkEffectiveness(session, &window, action); }},
            {QStringLiteral("improvement_group_open"),
             [&]() { ImprovementForms::openGroup(session, &window, caseId); }},
            {QStringLiteral("improvement_group_progress"),
             [&]() { ImprovementForms::addProgress(session, &window, group); }},
            {QStringLiteral("improvement_group_decide"),
             [&]() { ImprovementForms::decideImprovement(session, &window, group); }},
            {QStringLiteral("improvement_group_close"),
             [&]() { ImprovementForms::closeGroup(session, &window, group); }},
        };
        for (const auto& [name, open] : forms) {
            INFO(name.toStdString());
            CHECK(DialogChecks::lookAtModal(open, name));
        }
    }
    Translations::install(QStringLiteral("en"));
}
