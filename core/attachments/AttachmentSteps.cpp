#include "attachments/AttachmentSteps.h"

namespace {
struct StepCode
{
    WorkflowStep step;
    const char* code;
    const char* words;
};

const StepCode stepCodes[] = {
    {WorkflowStep::LogCase, "intake", QT_TRANSLATE_NOOP("AttachmentSteps", "intake")},
    {WorkflowStep::SendToQuality, "send", QT_TRANSLATE_NOOP("AttachmentSteps", "sent to Quality")},
    {WorkflowStep::RecordByQuality, "record", QT_TRANSLATE_NOOP("AttachmentSteps", "recorded by Quality")},
    {WorkflowStep::Analyse, "analysis", QT_TRANSLATE_NOOP("AttachmentSteps", "analysis")},
    {WorkflowStep::IssueSheet, "sheet", QT_TRANSLATE_NOOP("AttachmentSteps", "feedback sheet")},
    {WorkflowStep::UnitReceipt, "unit_receipt", QT_TRANSLATE_NOOP("AttachmentSteps", "unit's receipt")},
    {WorkflowStep::UnitReply, "unit_reply", QT_TRANSLATE_NOOP("AttachmentSteps", "unit's reply")},
    {WorkflowStep::DisposalSuggestion, "disposal",
     QT_TRANSLATE_NOOP("AttachmentSteps", "disposal suggestion")},
    {WorkflowStep::Plan, "plan", QT_TRANSLATE_NOOP("AttachmentSteps", "processing plan")},
    {WorkflowStep::OnSiteService, "service", QT_TRANSLATE_NOOP("AttachmentSteps", "on-site service")},
    {WorkflowStep::ReturnStage, "return", QT_TRANSLATE_NOOP("AttachmentSteps", "return to factory")},
    {WorkflowStep::CompletePlan, "plan_done", QT_TRANSLATE_NOOP("AttachmentSteps", "plan carried out")},
    {WorkflowStep::FirstVisit, "first_visit", QT_TRANSLATE_NOOP("AttachmentSteps", "first return visit")},
    {WorkflowStep::SecondVisit, "second_visit", QT_TRANSLATE_NOOP("AttachmentSteps", "second return visit")},
    {WorkflowStep::ResupplyFollowUp, "resupply", QT_TRANSLATE_NOOP("AttachmentSteps", "resupply follow-up")},
    {WorkflowStep::CompleteFollowUp, "follow_up", QT_TRANSLATE_NOOP("AttachmentSteps", "follow-up settled")},
    {WorkflowStep::Close, "close", QT_TRANSLATE_NOOP("AttachmentSteps", "closing")},
};
} // namespace

QString AttachmentSteps::code(WorkflowStep step)
{
    for (const StepCode& s : stepCodes)
        if (s.step == step)
            return QString::fromLatin1(s.code);
    return caseView();
}

QString AttachmentSteps::displayName(const QString& code)
{
    if (code == caseView())
        return tr("case view");
    if (code == commandLine())
        return tr("command line");
    for (const StepCode& s : stepCodes)
        if (code == QLatin1String(s.code))
            return tr(s.words);
    return code;
}
