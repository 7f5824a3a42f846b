// Issue 12.5 and 12.7: every form of a case looked at as a clerk meets it, in English and Chinese,
// on screens of 1440x900 and 1280x720: each step form, the conflict dialog, the files dialogs and
// the new customer during a call. Pictures go to $QL_DIALOG_SHOTS (DialogChecks::shotDir) for
// people to look at; what a person would notice is checked (DialogChecks::problems).
#include "DialogChecks.h"
#include "FlowDriver.h"
#include "LatestCase.h"
#include "attachments/AddFilesDialog.h"
#include "attachments/PhotoViewer.h"
#include "attachments/WithdrawDialog.h"
#include "cases/CaseActions.h"
#include "cases/CaseViewPage.h"
#include "i18n/Translations.h"
#include "intake/CallCustomerDialog.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "steps/ConflictDialog.h"
#include "steps/StepDialog.h"
#include "workflow/ConflictError.h"

#include <QImage>

#include <catch2/catch.hpp>
#include <memory>
#include <optional>

using DialogChecks::Kind;

namespace {
struct StepShot
{
    qint64 caseId;
    WorkflowStep step;
    QString name;
};

// A save on a case someone else changed after the form was opened: the conflict it raises.
std::optional<ConflictError> conflictOn(FlowDriver& f, qint64 id)
{
    const CaseRef stale = latest(f.flow, id);
    f.flow.analyse(f.t.quality, stale, f.analysis());
    try {
        f.flow.analyse(f.t.quality, stale, f.analysis());
    } catch (const ConflictError& conflict) {
        return conflict;
    }
    return std::nullopt;
}
} // namespace

TEST_CASE("Issue 12.5: every step form of a case on the screen, in both languages",
          "[gui][screenshots][.dialogs]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 recorded = f.log();
    f.toRecorded(recorded);
    const qint64 issued = f.log();
    f.toSheetIssued(issued);
    const qint64 planned = f.log();
    f.toPlanned(planned);
    const qint64 implemented = f.log();
    f.toImplemented(implemented);
    const qint64 followed = f.log();
    f.toFollowedUp(followed);
    const QList<StepShot> steps {
        {recorded, WorkflowStep::Analyse, QStringLiteral("step_analysis")},
        {recorded, WorkflowStep::DisposalSuggestion, QStringLiteral("step_disposal")},
        {issued, WorkflowStep::Plan, QStringLiteral("step_plan")},
        {issued, WorkflowStep::UnitReceipt, QStringLiteral("step_unit_receipt")},
        {issued, WorkflowStep::UnitReply, QStringLiteral("step_unit_reply")},
        {issued, WorkflowStep::ResupplyFollowUp, QStringLiteral("step_resupply")},
        {planned, WorkflowStep::OnSiteService, QStringLiteral("step_service")},
        {planned, WorkflowStep::CompletePlan, QStringLiteral("step_plan_done")},
        {implemented, WorkflowStep::FirstVisit, QStringLiteral("step_first_visit")},
        {followed, WorkflowStep::SecondVisit, QStringLiteral("step_second_visit")},
        {followed, WorkflowStep::Close, QStringLiteral("step_close")},
    };
    const qint64 conflicted = f.log();
    f.toRecorded(conflicted);
    const std::optional<ConflictError> conflict = conflictOn(f, conflicted);
    REQUIRE(conflict);
    QImage photo(1600, 1200, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);

    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(lang);
        {
            MainWindow window(t.db(), f.clock, t.quality);
            window.resize(DialogChecks::screen());
            window.show();
            CaseViewPage* view = window.caseViewPage();
            for (const StepShot& s : steps) {
                window.openCase(s.caseId);
                std::unique_ptr<StepDialog> dialog(view->actions().createDialog(s.step, view->currentCase()));
                INFO(s.name.toStdString());
                REQUIRE(dialog);
                DialogChecks::look(dialog.get(), s.name);
                dialog->close();
            }
            Session& session = window.session();
            {
                ConflictDialog dialog(*conflict, session.workflow().changeWords(), &window);
                DialogChecks::look(&dialog, QStringLiteral("conflict"), Kind::Window);
            }
            {
                const QList<NewAttachment> files {
                    NewAttachment::fromBytes(QStringLiteral("leak at the stem packing.jpg"),
                                             QByteArray(2048, 'x')),
                    NewAttachment::fromBytes(QStringLiteral("test report 2026-03.pdf"),
                                             QByteArray(4096, 'y'))};
                AddFilesDialog dialog(
                    files, [](const QList<NewAttachment>&) {}, &window);
                DialogChecks::look(&dialog, QStringLiteral("files_add"));
            }
            {
                Attachment file;
                file.id = 1;
                file.caseId = recorded;
                file.fileName = QStringLiteral("leak at the stem packing.jpg");
                file.mediaType = QStringLiteral("image/jpeg");
                file.kind = AttachmentKind::Photo;
                file.size = 2048;
                file.addedAt = f.clock.now();
                file.addedBy = t.sales.displayName;
                WithdrawDialog dialog(session, file, &window);
                DialogChecks::look(&dialog, QStringLiteral("files_withdraw"));
            }
            {
                PhotoViewer::Photo one {QStringLiteral("leak at the stem packing.jpg"),
                                        QStringLiteral("Li Na, 2 March 2026 09:00, intake"),
                                        [photo]() { return photo; },
                                        {}};
                PhotoViewer dialog({one, one}, 0, &window);
                DialogChecks::look(&dialog, QStringLiteral("files_photo"), Kind::Window);
            }
            {
                CallCustomer start;
                start.name = QStringLiteral("Jiangsu Fine Chemicals");
                CallCustomerDialog dialog(session, start, &window);
                DialogChecks::look(&dialog, QStringLiteral("call_customer"));
            }
        }
    }
    Translations::install(QStringLiteral("en"));
}
