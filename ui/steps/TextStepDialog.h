#pragma once

#include "steps/StepDialog.h"

#include <functional>

class QPlainTextEdit;

// A step that records one text (a disposal suggestion, a unit's reply, what was done, the
// feedback on a resupplied product, a follow-up's result): the action gets the text.
class TextStepDialog : public StepDialog
{
    Q_OBJECT
public:
    // Saves the text on the case as the form saw it.
    using Action = std::function<void(CaseRef, const QString&)>;
    TextStepDialog(Session& session, const QualityCase& c, const QString& title, const QString& key,
                   const QString& label, Action action, QWidget* parent = nullptr);
    QPlainTextEdit* textEdit() const { return m_text; }

protected:
    void submit() override;
    QString formName() const override { return QStringLiteral("text-") + m_key; }

private:
    QString m_key;
    QPlainTextEdit* m_text = nullptr;
    Action m_action;
};
