#include "common/FormUndo.h"

#include "common/FieldValues.h"
#include "common/FormEditCommand.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

namespace {
bool isUndoKey(const QKeyEvent* key)
{
    return key->matches(QKeySequence::Undo);
}
bool isRedoKey(const QKeyEvent* key)
{
    return key->matches(QKeySequence::Redo)
        || key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}
// A line edit that is part of another field (a combo box, a spin box) is that field.
bool partOfAnotherField(const QWidget* w)
{
    for (const QObject* p = w->parent(); p; p = p->parent())
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p)
            || qobject_cast<const QAbstractItemView*>(p))
            return true;
    return false;
}
} // namespace

FormUndo::FormUndo(QWidget* form)
    : QObject(form)
    , m_form(form)
{
    connect(&m_stack, &QUndoStack::canUndoChanged, this, &FormUndo::canUndoChanged);
    connect(&m_stack, &QUndoStack::canRedoChanged, this, &FormUndo::canRedoChanged);
    form->installEventFilter(this); // for the language of the buttons
}

QPushButton* FormUndo::undoButton(QWidget* parent)
{
    m_undoButton = new QPushButton(parent);
    m_undoButton->setObjectName(QStringLiteral("formUndo"));
    m_undoButton->setEnabled(false);
    m_undoButton->setAutoDefault(false);
    connect(m_undoButton, &QPushButton::clicked, this, &FormUndo::undo);
    connect(this, &FormUndo::canUndoChanged, m_undoButton, &QPushButton::setEnabled);
    retranslate();
    return m_undoButton;
}

QPushButton* FormUndo::redoButton(QWidget* parent)
{
    m_redoButton = new QPushButton(parent);
    m_redoButton->setObjectName(QStringLiteral("formRedo"));
    m_redoButton->setEnabled(false);
    m_redoButton->setAutoDefault(false);
    connect(m_redoButton, &QPushButton::clicked, this, &FormUndo::redo);
    connect(this, &FormUndo::canRedoChanged, m_redoButton, &QPushButton::setEnabled);
    retranslate();
    return m_redoButton;
}

void FormUndo::retranslate()
{
    const auto shortcut
        = [](QKeySequence::StandardKey key) { return QKeySequence(key).toString(QKeySequence::NativeText); };
    if (m_undoButton) {
        m_undoButton->setText(tr("Undo"));
        m_undoButton->setToolTip(
            tr("Take back the last edit in this form (%1)").arg(shortcut(QKeySequence::Undo)));
    }
    if (m_redoButton) {
        m_redoButton->setText(tr("Redo"));
        m_redoButton->setToolTip(tr("Put the edit back (%1)").arg(shortcut(QKeySequence::Redo)));
    }
}

void FormUndo::watch()
{
    const auto changed = [this]() { noteChange(); };
    for (QWidget* w : m_form->findChildren<QWidget*>()) {
        if (partOfAnotherField(w))
            continue;
        if (auto* e = qobject_cast<QLineEdit*>(w))
            connect(e, &QLineEdit::textChanged, this, changed);
        else if (auto* t = qobject_cast<QPlainTextEdit*>(w)) {
            t->setUndoRedoEnabled(false); // one undo for the whole form
            connect(t, &QPlainTextEdit::textChanged, this, changed);
        } else if (auto* c = qobject_cast<QComboBox*>(w)) {
            connect(c, &QComboBox::currentIndexChanged, this, changed);
            connect(c, &QComboBox::currentTextChanged, this, changed);
        } else if (auto* s = qobject_cast<QSpinBox*>(w))
            connect(s, &QSpinBox::valueChanged, this, changed);
        else if (auto* f = qobject_cast<QDoubleSpinBox*>(w))
            connect(f, &QDoubleSpinBox::valueChanged, this, changed);
        else if (auto* b = qobject_cast<QAbstractButton*>(w); b && b->isCheckable())
            connect(b, &QAbstractButton::toggled, this, changed);
        else if (auto* table = qobject_cast<QTableWidget*>(w))
            connect(table, &QTableWidget::itemChanged, this, changed);
        else
            continue;
        m_fields.append(w);
        w->installEventFilter(this);
    }
    reset();
}

void FormUndo::reset()
{
    m_pending = false;
    m_stack.clear();
    m_last = snapshot();
}

bool FormUndo::canUndo() const
{
    return m_pending || m_stack.canUndo();
}

bool FormUndo::canRedo() const
{
    return !m_pending && m_stack.canRedo();
}

void FormUndo::undo()
{
    record(); // an edit still waiting to be noted is the one to take back
    m_stack.undo();
}

void FormUndo::redo()
{
    record();
    m_stack.redo();
}

void FormUndo::noteChange()
{
    if (m_applying)
        return;
    emit edited(); // at once, for a draft on disk: the keystroke is kept even if the program dies now
    if (m_pending)
        return;
    // Noted at the next key or click in the form, or once the form has settled: a field that
    // fills others (the serial number) and the fields it filled make one edit.
    m_pending = true;
    QTimer::singleShot(0, this, &FormUndo::record);
}

void FormUndo::record()
{
    m_pending = false;
    Snapshot now = snapshot();
    if (now == m_last)
        return;
    Snapshot before = m_last;
    m_last = now;
    m_stack.push(new FormEditCommand(*this, std::move(before), std::move(now)));
}

void FormUndo::apply(const Snapshot& values, int focusField)
{
    m_applying = true;
    for (int i = 0; i < m_fields.size() && i < values.size(); ++i) {
        QWidget* field = m_fields.at(i);
        if (field && FieldValues::read(field) != values.at(i))
            FieldValues::write(field, values.at(i));
    }
    m_applying = false;
    m_pending = false;
    m_last = snapshot();
    emit edited();
    if (focusField >= 0 && focusField < m_fields.size() && m_fields.at(focusField))
        m_fields.at(focusField)->setFocus(Qt::OtherFocusReason);
}

FormUndo::Snapshot FormUndo::snapshot() const
{
    Snapshot values;
    values.reserve(m_fields.size());
    for (const QPointer<QWidget>& field : m_fields)
        values.append(field ? FieldValues::read(field) : QJsonValue());
    return values;
}

bool FormUndo::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_form) {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::FocusIn)
        record(); // what came before is a finished edit
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool undoKey = isUndoKey(key);
    const bool redoKey = !undoKey && isRedoKey(key);
    if (!undoKey && !redoKey) {
        if (type == QEvent::KeyPress)
            record(); // the edits before this key are finished; what the key does comes next
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // the key comes to the field (and so to this filter), not to a shortcut
        return true;
    }
    if (undoKey)
        undo();
    else
        redo();
    return true;
}
