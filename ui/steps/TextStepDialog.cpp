#include "steps/TextStepDialog.h"

#include "common/Fields.h"

#include <QPlainTextEdit>

TextStepDialog::TextStepDialog(Session& session, const QualityCase& c, const QString& title,
                               const QString& key, const QString& label, Action action, QWidget* parent)
    : StepDialog(session, c, title, parent)
    , m_key(key)
    , m_action(std::move(action))
{
    setObjectName(QStringLiteral("textStepDialog"));
    m_text = Fields::text(this, 5);
    addRow(key, label, m_text, true);
    resize(560, 360);
}

void TextStepDialog::submit()
{
    m_action(ref(), m_text->toPlainText());
}
