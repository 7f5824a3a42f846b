#include "common/DialogKeys.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>

namespace {
bool takesText(const QObject* o)
{
    return qobject_cast<const QLineEdit*>(o) || qobject_cast<const QPlainTextEdit*>(o)
        || qobject_cast<const QTextEdit*>(o) || qobject_cast<const QAbstractSpinBox*>(o)
        || qobject_cast<const QComboBox*>(o);
}

// The dialog's Save button, else its OK: the one Ctrl+S presses.
QPushButton* saveButton(QDialog* dialog)
{
    for (QDialogButtonBox* box : dialog->findChildren<QDialogButtonBox*>()) {
        if (!box->isVisible())
            continue;
        for (const auto which : {QDialogButtonBox::Save, QDialogButtonBox::Ok})
            if (QPushButton* b = box->button(which); b && b->isVisible())
                return b;
    }
    return nullptr;
}
} // namespace

void DialogKeys::install()
{
    static DialogKeys* installed = nullptr;
    if (installed || !qApp)
        return;
    installed = new DialogKeys(qApp);
    qApp->installEventFilter(installed);
}

bool DialogKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    // A key press reaches the focused widget only when no shortcut took it first.
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::AltModifier || mods == (Qt::AltModifier | Qt::ShiftModifier)) {
        const QString text = key->text();
        if (takesText(watched) && !text.isEmpty() && text.at(0).isPrint())
            return true; // a mnemonic the window does not have: nothing is typed
    }
    if (mods == Qt::ControlModifier && key->key() == Qt::Key_S) {
        auto* dialog = qobject_cast<QDialog*>(static_cast<QWidget*>(watched)->window());
        if (QPushButton* save = dialog ? saveButton(dialog) : nullptr) {
            if (save->isEnabled())
                save->click();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
