#pragma once

#include "common/FieldErrors.h"

#include <QDialog>

#include <functional>

class FormMessage;
class QFormLayout;

// A small form of the improvement loop (raise an action, record a meeting, check effectiveness,
// a group's progress ...): labelled fields, each with its message below when core refuses it,
// a message for the whole form, Save and Cancel. Save runs the form's save function; a refusal
// (UserError) keeps the dialog open with what was typed, so nothing is lost.
class ImprovementForm : public QDialog
{
    Q_OBJECT
public:
    ImprovementForm(const QString& title, QWidget* parent = nullptr);

    // Adds a field under its core key (the key of UserError's fieldErrors).
    void addField(const QString& key, const QString& label, QWidget* field, bool required = false);
    void setSave(std::function<void()> save) { m_save = std::move(save); }
    bool save(); // true when saved (and the dialog accepted)
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    QString generalError() const;

private:
    QFormLayout* m_form = nullptr;
    FormMessage* m_general = nullptr;
    FieldErrors m_errors;
    std::function<void()> m_save;
};
