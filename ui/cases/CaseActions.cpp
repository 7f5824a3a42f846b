#include "cases/CaseActions.h"

#include "UserError.h"
#include "attachments/AttachmentSteps.h"
#include "db/DatabaseError.h"
#include "main/Session.h"
#include "steps/AnalysisDialog.h"
#include "steps/CloseDialog.h"
#include "steps/ConflictDialog.h"
#include "steps/FirstVisitDialog.h"
#include "steps/PlanDialog.h"
#include "steps/SecondVisitDialog.h"
#include "steps/ServiceDialog.h"
#include "steps/TextStepDialog.h"
#include "steps/UnitStepDialog.h"
#include "workflow/ConflictError.h"
#include "workflow/WorkflowRules.h"

#include <QMessageBox>

namespace {
const QList<WorkflowStep> flowOrder {WorkflowStep::SendToQuality,      WorkflowStep::RecordByQuality,
                                     WorkflowStep::DisposalSuggestion, WorkflowStep::Analyse,
                                     WorkflowStep::IssueSheet,         WorkflowStep::UnitReceipt,
                                     WorkflowStep::UnitReply,          WorkflowStep::Plan,
                                     WorkflowStep::OnSiteService,      WorkflowStep::ReturnStage,
                                     WorkflowStep::CompletePlan,       WorkflowStep::FirstVisit,
                                     WorkflowStep::SecondVisit,        WorkflowStep::ResupplyFollowUp,
                                     WorkflowStep::CompleteFollowUp,   WorkflowStep::Close};

const FollowUp* openFollowUp(const QualityCase& c)
{
    for (const FollowUp& f : c.followUps)
        if (!f.doneAt.isValid())
            return &f;
    return nullptr;
}

ReturnStage nextReturnStage(const QualityCase& c)
{
    if (!c.plan || !c.plan->receivedAt.isValid())
        return ReturnStage::Received;
    return c.plan->reworkedAt.isValid() ? ReturnStage::Resupplied : ReturnStage::Reworked;
}
} // namespace

CaseActions::CaseActions(Session& session, QWidget* parent)
    : m_session(session)
    , m_parent(parent)
{
}

int CaseActions::unitsOwing(const QualityCase& c, bool reply) const
{
    const auto kind = reply ? UnitStepDialog::Kind::Reply : UnitStepDialog::Kind::Receipt;
    return static_cast<int>(UnitStepDialog::owing(c, kind, m_session.user()).size());
}

QList<WorkflowStep> CaseActions::available(const QualityCase& c) const
{
    QList<WorkflowStep> steps;
    const User& u = m_session.user();
    for (WorkflowStep s : flowOrder) {
        if (!WorkflowRules::mayDo(u, s, &c))
            continue;
        if (s == WorkflowStep::DisposalSuggestion && (!c.isObjection || c.disposalAt.isValid()))
            continue;
        if (s == WorkflowStep::UnitReceipt && unitsOwing(c, false) == 0)
            continue;
        if (s == WorkflowStep::UnitReply && unitsOwing(c, true) == 0)
            continue;
        if (s == WorkflowStep::CompleteFollowUp && !openFollowUp(c))
            continue;
        if (s == WorkflowStep::OnSiteService && u.role == Role::Technician && c.plan
            && c.plan->technicianId != u.technicianId)
            continue;
        steps.append(s);
    }
    return steps;
}

QString CaseActions::label(WorkflowStep step, const QualityCase& c)
{
    switch (step) {
    case WorkflowStep::LogCase:
        return tr("New case…");
    case WorkflowStep::SendToQuality:
        return tr("Send to Quality");
    case WorkflowStep::RecordByQuality:
        return tr("Record the case");
    case WorkflowStep::Analyse:
        return tr("Analyse…");
    case WorkflowStep::IssueSheet:
        return tr("Issue feedback sheet");
    case WorkflowStep::UnitReceipt:
        return tr("Record unit's receipt");
    case WorkflowStep::UnitReply:
        return tr("Record unit's reply…");
    case WorkflowStep::DisposalSuggestion:
        return tr("Disposal suggestion…");
    case WorkflowStep::Plan:
        return tr("Processing plan…");
    case WorkflowStep::OnSiteService:
        return tr("On-site service record…");
    case WorkflowStep::ReturnStage:
        switch (nextReturnStage(c)) {
        case ReturnStage::Received:
            return tr("Returned product received");
        case ReturnStage::Reworked:
            return tr("Product reworked");
        case ReturnStage::Resupplied:
            return tr("Product resupplied");
        }
        return {};
    case WorkflowStep::CompletePlan:
        return tr("Plan carried out…");
    case WorkflowStep::FirstVisit:
        return tr("First return visit…");
    case WorkflowStep::SecondVisit:
        return tr("Second return visit…");
    case WorkflowStep::ResupplyFollowUp:
        return tr("Resupply follow-up…");
    case WorkflowStep::CompleteFollowUp:
        return tr("Settle follow-up…");
    case WorkflowStep::Close:
        return tr("Close the case…");
    }
    return {};
}

QString CaseActions::objectName(WorkflowStep step)
{
    return QStringLiteral("step%1").arg(static_cast<int>(step));
}

StepDialog* CaseActions::createDialog(WorkflowStep step, const QualityCase& c) const
{
    StepDialog* dialog = createForm(step, c);
    if (dialog) {
        dialog->setReopen([this, step](const QualityCase& now) { return createForm(step, now); });
        dialog->setFileStep(AttachmentSteps::code(step));
    }
    return dialog;
}

StepDialog* CaseActions::createForm(WorkflowStep step, const QualityCase& c) const
{
    Session& s = m_session;
    const User& u = s.user();
    switch (step) {
    case WorkflowStep::Analyse:
        return new AnalysisDialog(s, c, m_parent);
    case WorkflowStep::Plan:
        return new PlanDialog(s, c, m_parent);
    case WorkflowStep::OnSiteService:
        return new ServiceDialog(s, c, m_parent);
    case WorkflowStep::FirstVisit:
        return new FirstVisitDialog(s, c, m_parent);
    case WorkflowStep::SecondVisit:
        return new SecondVisitDialog(s, c, m_parent);
    case WorkflowStep::Close:
        return new CloseDialog(s, c, m_parent);
    case WorkflowStep::DisposalSuggestion:
        return new TextStepDialog(
            s, c, tr("Disposal suggestion"), QStringLiteral("disposalSuggestion"),
            tr("Suggestion given to the customer"),
            [&s, u](CaseRef ref, const QString& t) { s.workflow().giveDisposalSuggestion(u, ref, t); },
            m_parent);
    case WorkflowStep::CompletePlan:
        return new TextStepDialog(
            s, c, tr("Plan carried out"), QStringLiteral("completionNote"), tr("What was done"),
            [&s, u](CaseRef ref, const QString& t) { s.workflow().completePlan(u, ref, t); }, m_parent);
    case WorkflowStep::ResupplyFollowUp:
        return new TextStepDialog(
            s, c, tr("Resupply follow-up"), QStringLiteral("feedback"),
            tr("Customer's feedback (forwarded to Quality)"),
            [&s, u](CaseRef ref, const QString& t) {
                ResupplyFollowUpData d;
                d.feedback = t;
                d.forwardedToQuality = true;
                s.workflow().recordResupplyFollowUp(u, ref, d);
            },
            m_parent);
    case WorkflowStep::UnitReply:
        return new UnitStepDialog(s, c, UnitStepDialog::Kind::Reply, m_parent);
    case WorkflowStep::UnitReceipt:
        // One unit owing its receipt (a unit recording its own): done at a click. Several
        // (Quality recording for them): the form asks which.
        if (unitsOwing(c, false) > 1)
            return new UnitStepDialog(s, c, UnitStepDialog::Kind::Receipt, m_parent);
        return nullptr;
    case WorkflowStep::CompleteFollowUp: {
        const FollowUp* f = openFollowUp(c);
        if (!f)
            return nullptr;
        const qint64 fid = f->id;
        return new TextStepDialog(
            s, c, tr("Settle follow-up"), QStringLiteral("result"), tr("How was “%1” settled?").arg(f->task),
            [&s, u, fid](CaseRef ref, const QString& t) { s.workflow().completeFollowUp(u, ref, fid, t); },
            m_parent);
    }
    default:
        return nullptr;
    }
}

bool CaseActions::run(WorkflowStep step, const QualityCase& c)
{
    std::unique_ptr<StepDialog> dialog(createDialog(step, c));
    if (!dialog)
        return runDirect(step, c);
    return dialog->exec() == QDialog::Accepted;
}

bool CaseActions::runDirect(WorkflowStep step, const QualityCase& c)
{
    try {
        const User& u = m_session.user();
        switch (step) {
        case WorkflowStep::SendToQuality:
            m_session.workflow().sendToQuality(u, c.ref());
            break;
        case WorkflowStep::RecordByQuality:
            m_session.workflow().recordByQuality(u, c.ref());
            break;
        case WorkflowStep::IssueSheet:
            m_session.workflow().issueFeedbackSheet(u, c.ref());
            break;
        case WorkflowStep::UnitReceipt: {
            const QList<CaseUnit> owing = UnitStepDialog::owing(c, UnitStepDialog::Kind::Receipt, u);
            if (!owing.isEmpty())
                m_session.workflow().recordUnitReceipt(u, c.ref(), owing.first().unitId); // the only one
            break;
        }
        case WorkflowStep::ReturnStage:
            m_session.workflow().recordReturnStage(u, c.ref(), nextReturnStage(c));
            break;
        default:
            return false;
        }
    } catch (const ConflictError& conflict) {
        // The case shown was not the case stored: the same choices as in a form.
        ConflictDialog box(conflict, m_session.workflow().changeWords(), m_parent);
        box.exec();
        if (box.choice() == ConflictDialog::Choice::ApplyMine)
            return runDirect(step, m_session.workflow().load(c.id));
        m_session.notifyChanged(c.id);
        return false;
    } catch (const DatabaseError& error) {
        // Not a refusal of the flow's rules: the database could not be reached or used.
        QMessageBox::warning(m_parent, tr("The step was not saved"), error.message());
        return false;
    } catch (const UserError& error) {
        QMessageBox::warning(m_parent, tr("The step was refused"), error.message());
        return false;
    }
    m_session.notifyChanged(c.id);
    return true;
}
