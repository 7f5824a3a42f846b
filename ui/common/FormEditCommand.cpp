#include "common/FormEditCommand.h"

FormEditCommand::FormEditCommand(FormUndo& form, FormUndo::Snapshot before, FormUndo::Snapshot after)
    : m_form(form)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

QList<int> FormEditCommand::changedFields() const
{
    QList<int> changed;
    for (int i = 0; i < m_before.size() && i < m_after.size(); ++i)
        if (m_before.at(i) != m_after.at(i))
            changed.append(i);
    return changed;
}

bool FormEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const FormEditCommand*>(other);
    // Typing on in the one field this edit changed joins it, also when the last key filled
    // other fields (the serial number fills the product, batch and order).
    const QList<int> mine = changedFields();
    if (mine.size() != 1 || !next->changedFields().contains(mine.first()))
        return false;
    m_after = next->m_after;
    return true;
}

void FormEditCommand::undo()
{
    const QList<int> changed = changedFields();
    m_form.apply(m_before, changed.isEmpty() ? -1 : changed.first());
}

void FormEditCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const QList<int> changed = changedFields();
    m_form.apply(m_after, changed.isEmpty() ? -1 : changed.first());
}
