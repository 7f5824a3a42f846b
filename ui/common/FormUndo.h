#pragma once

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

class QPushButton;
class QWidget;

// Undo and redo for the edits made in one form, across all its fields: Ctrl+Z in any field
// takes back the form's last edit (typing in one field is one edit; a serial number with the
// product, batch and order it filled in is one edit), Ctrl+Shift+Z or Ctrl+Y puts it back.
// The form's fields are found when watch() is called; their values then are the start.
class FormUndo : public QObject
{
    Q_OBJECT
public:
    using Snapshot = QList<QJsonValue>; // FieldValues of the fields, in their order

    explicit FormUndo(QWidget* form);

    // Finds the input fields under the form and starts from their present values.
    void watch();
    // Starts again from the fields' present values (after a save, a cleared form, a draft).
    void reset();
    bool canUndo() const;
    bool canRedo() const;
    void undo();
    void redo();

    // Undo and Redo buttons for the form's button row (their texts follow the language).
    QPushButton* undoButton(QWidget* parent);
    QPushButton* redoButton(QWidget* parent);

    // For the commands: puts every field back to the values of a snapshot.
    void apply(const Snapshot& values, int focusField);

signals:
    void canUndoChanged(bool canUndo);
    // The fields' values changed (typed, chosen, undone or redone), emitted at each change.
    void edited();
    void canRedoChanged(bool canRedo);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void noteChange();
    void record();
    Snapshot snapshot() const;

    QWidget* m_form;
    QList<QPointer<QWidget>> m_fields;
    QUndoStack m_stack;
    QPointer<QPushButton> m_undoButton, m_redoButton;
    Snapshot m_last;
    bool m_applying = false;
    bool m_pending = false;
};
