#pragma once

#include "steps/StepDialog.h"

class QCheckBox;
class DateTimeField;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// R6: the on-site service record: arrival (on time or late against the appointment), work
// done, parts used, result and the customer's confirmation.
class ServiceDialog : public StepDialog
{
    Q_OBJECT
public:
    ServiceDialog(Session& session, const QualityCase& c, QWidget* parent = nullptr);
    QPlainTextEdit* workDoneEdit() const { return m_workDone; }
    QLineEdit* resultEdit() const { return m_result; }

protected:
    void submit() override;

private:
    void updatePunctuality();
    DateTimeField* m_arrived = nullptr;
    QLabel* m_punctuality = nullptr;
    DateTimeField* m_finished = nullptr;
    QPlainTextEdit* m_workDone = nullptr;
    QLineEdit* m_parts = nullptr;
    QLineEdit* m_result = nullptr;
    QCheckBox* m_confirmed = nullptr;
    QLineEdit* m_confirmedBy = nullptr;
};
