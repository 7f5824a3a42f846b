#include "improvement/ImprovementForm.h"

#include "common/FormButtons.h"
#include "common/FormMessage.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

ImprovementForm::ImprovementForm(const QString& title, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("improvementForm"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_general = new FormMessage(this);
    layout->addWidget(m_general);
    layout->addWidget(new FormButtons(this, [this]() { save(); }));
    setMinimumWidth(480);
}

void ImprovementForm::addField(const QString& key, const QString& label, QWidget* field, bool required)
{
    field->setObjectName(key);
    m_errors.addRow(m_form, key, label, field, required);
    if (m_form->rowCount() == 1)
        field->setFocus(Qt::OtherFocusReason); // the first field, not Save (made before the fields)
}

QString ImprovementForm::generalError() const
{
    return m_general->shown();
}

bool ImprovementForm::save()
{
    const bool saved = m_general->run(m_errors, [&]() {
        if (m_save)
            m_save();
    });
    if (!saved) {
        adjustSize();
        return false;
    }
    accept();
    return true;
}
