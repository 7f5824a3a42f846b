#include "improvement/ImprovementForm.h"

#include "UserError.h"
#include "common/Palette.h"

#include <QDialogButtonBox>
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
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalError"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: %1").arg(Palette::error(palette()).name()));
    m_general->hide();
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    return m_general->isHidden() ? QString() : m_general->text();
}

bool ImprovementForm::save()
{
    m_errors.clear();
    m_general->hide();
    try {
        if (m_save)
            m_save();
    } catch (const UserError& e) {
        if (!m_errors.show(e.fieldErrors())) {
            m_general->setText(e.message());
            m_general->show();
        }
        adjustSize();
        return false;
    }
    accept();
    return true;
}
