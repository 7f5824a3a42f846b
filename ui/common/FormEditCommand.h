#pragma once

#include "common/FormUndo.h"

#include <QUndoCommand>

// One edit in a form: the values of its fields before and after. Further typing in the same
// single field joins the edit, so Ctrl+Z takes back what was typed there, not a letter.
class FormEditCommand : public QUndoCommand
{
public:
    FormEditCommand(FormUndo& form, FormUndo::Snapshot before, FormUndo::Snapshot after);

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;
    void undo() override;
    void redo() override;

private:
    QList<int> changedFields() const;

    FormUndo& m_form;
    FormUndo::Snapshot m_before, m_after;
    bool m_done = true; // the edit is already in the fields when the command is made
};
