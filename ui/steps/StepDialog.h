#pragma once

#include "common/FieldErrors.h"
#include "domain/QualityCase.h"

#include <QDialog>

class FormUndo;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class Session;

// The frame of every form of the main flow: a heading with the case, a form whose fields
// show core's messages next to them, Save (Ctrl+S) and Cancel. A subclass fills the form and
// implements submit(), which calls WorkflowService; a UserError keeps the dialog open.
class StepDialog : public QDialog
{
    Q_OBJECT
public:
    StepDialog(Session& session, const QualityCase& c, const QString& title, QWidget* parent = nullptr);

    // Runs submit(), shows a refusal or the field errors; accepts on success.
    bool save();
    QFormLayout* form() const { return m_form; }
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    QString generalError() const;
    // Undo and redo across the form's fields; it starts when the form is first shown.
    FormUndo* undo() const { return m_undo; }

protected:
    virtual void submit() = 0;
    QLabel* addRow(const QString& key, const QString& label, QWidget* field, bool required = false)
    {
        return m_errors.addRow(m_form, key, label, field, required);
    }
    void addNote(const QString& text);
    void reject() override;
    void showEvent(QShowEvent* event) override;

    Session& m_session;
    QualityCase m_case;
    FieldErrors m_errors;

private:
    QLabel* m_message = nullptr;
    QFormLayout* m_form = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    FormUndo* m_undo = nullptr;
    bool m_undoWatching = false;
};
