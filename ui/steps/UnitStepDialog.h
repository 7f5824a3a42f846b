#pragma once

#include "domain/User.h"
#include "steps/StepDialog.h"

class QComboBox;
class QPlainTextEdit;

// A responsible unit's receipt of the feedback sheet, or its reply (R4), recorded by the unit
// itself or by Quality on its behalf: the person chooses which of the units still owing it,
// each shown with its task and deadline.
class UnitStepDialog : public StepDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Receipt,
        Reply
    };
    UnitStepDialog(Session& session, const QualityCase& c, Kind kind, QWidget* parent = nullptr);

    // The units that still owe this step and that this person may answer for.
    static QList<CaseUnit> owing(const QualityCase& c, Kind kind, const User& user);

    QComboBox* unitCombo() const { return m_unit; }
    QPlainTextEdit* replyEdit() const { return m_reply; }

protected:
    void submit() override;

private:
    Kind m_kind;
    QComboBox* m_unit = nullptr;
    QPlainTextEdit* m_reply = nullptr;
};
