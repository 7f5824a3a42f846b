#pragma once

#include "steps/StepDialog.h"

class QPlainTextEdit;

// R9: Quality files the problem and the result of treatment and the written feedback to the
// customer. While something is still owed the case closes only with a waiver and its reason.
class CloseDialog : public StepDialog
{
    Q_OBJECT
public:
    CloseDialog(Session& session, const QualityCase& c, QWidget* parent = nullptr);
    QPlainTextEdit* waiverEdit() const { return m_waiver; }

protected:
    void submit() override;

private:
    QPlainTextEdit* m_summary = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QPlainTextEdit* m_letter = nullptr;
    QPlainTextEdit* m_waiver = nullptr;
};
