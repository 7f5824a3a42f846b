#pragma once

// The operations of the main flow; each is one method of WorkflowService.
enum class WorkflowStep
{
    LogCase, // R1
    SendToQuality, // R2
    RecordByQuality, // R2
    Analyse, // R3
    IssueSheet, // R4
    UnitReceipt, // R4
    UnitReply, // R4
    DisposalSuggestion, // 000 3.4.3
    Plan, // R5
    OnSiteService, // R6
    ReturnStage, // R5/R6 return plan order
    CompletePlan, // R6 replacement or remote guidance done
    FirstVisit, // R7
    SecondVisit, // R8
    ResupplyFollowUp, // R14
    CompleteFollowUp, // R8 technical support follow-up done
    Close, // R9
};
