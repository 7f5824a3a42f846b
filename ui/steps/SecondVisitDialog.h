#pragma once

#include "steps/StepDialog.h"

class QCheckBox;
class QComboBox;
class DateTimeField;
class QLineEdit;
class QPlainTextEdit;

// R8: the second return visit within 3 weeks: the use of the product since, the feedback as
// said, and a problem transferred to technical support as a follow-up with owner and deadline.
class SecondVisitDialog : public StepDialog
{
    Q_OBJECT
public:
    SecondVisitDialog(Session& session, const QualityCase& c, QWidget* parent = nullptr);

protected:
    void submit() override;

private:
    DateTimeField* m_visited = nullptr;
    QPlainTextEdit* m_use = nullptr;
    QPlainTextEdit* m_feedback = nullptr;
    QCheckBox* m_transfer = nullptr;
    QLineEdit* m_task = nullptr;
    QComboBox* m_unit = nullptr;
    DateTimeField* m_due = nullptr;
};
