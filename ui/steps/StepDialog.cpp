#include "steps/StepDialog.h"

#include "UserError.h"
#include "common/FormUndo.h"
#include "common/Palette.h"
#include "main/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

StepDialog::StepDialog(Session& session, const QualityCase& c, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_case(c)
{
    setWindowTitle(tr("%1 — %2").arg(title, c.number));
    auto* layout = new QVBoxLayout(this);
    auto* heading
        = new QLabel(tr("<b>%1</b> · %2 · %3")
                         .arg(c.number.toHtmlEscaped(), c.customerName.toHtmlEscaped(),
                              QString(c.modelCode + QLatin1Char(' ') + c.serialNo).trimmed().toHtmlEscaped()),
                     this);
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    m_form = new QFormLayout(body);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)
        ->setToolTip(
            tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_undo = new FormUndo(body);
    m_buttons->addButton(m_undo->undoButton(m_buttons), QDialogButtonBox::ResetRole);
    m_buttons->addButton(m_undo->redoButton(m_buttons), QDialogButtonBox::ResetRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StepDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StepDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &StepDialog::save);
    resize(640, 560);
}

void StepDialog::addNote(const QString& text)
{
    auto* note = new QLabel(text, m_form->parentWidget());
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);
    m_form->addRow(note);
}

bool StepDialog::save()
{
    m_errors.clear();
    m_message->setVisible(false);
    try {
        submit();
    } catch (const UserError& error) {
        m_message->setText(error.message());
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
        m_message->setVisible(true);
        m_errors.show(error.fieldErrors());
        return false;
    }
    m_session.notifyChanged(m_case.id);
    accept();
    return true;
}

QString StepDialog::generalError() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void StepDialog::showEvent(QShowEvent* event)
{
    if (!m_undoWatching) {
        m_undoWatching = true; // the fields are all there once the form is shown
        m_undo->watch();
    }
    QDialog::showEvent(event);
}

void StepDialog::reject()
{
    QDialog::reject();
}
