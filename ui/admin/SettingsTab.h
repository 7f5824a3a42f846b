#pragma once

#include "common/FieldErrors.h"

#include <QWidget>

class QFormLayout;
class Session;

// A tab of Administration > Settings that keeps settings of its own (files, costs): a form whose
// fields get core's messages below them, the tab's text in the language shown, and the two steps
// the dialog takes: every tab validated before anything is saved, then each saved.
class SettingsTab : public QWidget
{
    Q_OBJECT
public:
    virtual QString title() const = 0;
    // Shows what is wrong next to its field; false then.
    bool validate();
    // Validates, then saves; a refusal of the save itself is shown next to the first field.
    bool save();
    QString fieldError(const QString& key) const { return m_errors.message(key); }

protected:
    // refusalKey: the field a refusal of the save is shown at.
    SettingsTab(Session& session, const QString& objectName, const QString& refusalKey, QWidget* parent);
    virtual void check() const = 0; // core's validation of the values shown (throws UserError)
    virtual void store() = 0; // core's save of them (throws UserError)
    virtual void retranslate() = 0; // the texts of the form, on a change of language
    void changeEvent(QEvent* event) override;

    Session& m_session;
    FieldErrors m_errors;
    QFormLayout* m_form = nullptr;

private:
    QString m_refusalKey;
};
