#pragma once

#include "workflow/WorkflowStep.h"

#include <QCoreApplication>
#include <QString>

// Where a file was added: on the intake form, on the case view, or in the form of a step of
// the flow. Stored as a short code (case_attachments.step), shown in words.
class AttachmentSteps
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentSteps)
public:
    static QString intake() { return QStringLiteral("intake"); }
    static QString caseView() { return QStringLiteral("case"); }
    static QString commandLine() { return QStringLiteral("command_line"); }
    static QString code(WorkflowStep step);
    static QString displayName(const QString& code);
};
