#pragma once

// The steps of the customer loops (DOMAIN.md R15-R18, R20); LoopRules says who may do each.
enum class LoopStep
{
    PlanVisit, // R15 plan a manager's visit after a key customer's case (also change the plan)
    WaiveVisit, // R15 decide that no visit is needed, with the reason
    RecordVisit, // R15, R17 the customer's comments and suggestions
    OpenRound, // R17 a round of return visits over chosen customers
    SendVisitRecord, // R17 the record sent to the departments chosen
    AcknowledgeVisitRecord, // R17 a department signs for the record
    FileVisitRecord, // R17 filed once every department has signed
    RecordCallback, // R16 the call-back of a delivered batch
    OpenSurvey, // R18 the year's survey letters to the customers chosen
    RecordSurveyAnswer, // R18 an answer as it comes back
    ReportSurvey, // R18 the summary and analysis sent to Quality
    ReviewSurvey, // R18 Quality's findings and review
    RecordRequirements, // R20 an order's requirements, conditions and documents
};
