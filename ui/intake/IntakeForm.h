#pragma once

#include "common/FieldErrors.h"
#include "drafts/FormDraft.h"

#include <QHash>
#include <QWidget>

class AttachmentsPanel;
class CallCustomerDialog;
class FormUndo;
class UserError;
class QCheckBox;
class QComboBox;
class QCompleter;
class DateTimeField;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class Session;

// R1 intake, made for the phone: keyboard only in the order of the call, completion on
// customer, contact and product, the serial number fills product, batch and order and warns
// of an open case, Ctrl+S saves, Esc asks before discarding, and the draft is on disk as typed
// (one per database and user).
class IntakeForm : public QWidget
{
    Q_OBJECT
public:
    explicit IntakeForm(Session& session, QWidget* parent = nullptr);
    ~IntakeForm() override;

    void startNew(); // an empty form, focus on the customer
    bool restoreDraft(); // fills the form from the draft on disk; false when there is none
    bool save(); // logs the case; false with the errors shown next to the fields
    bool isDirty() const; // something typed, or files added, not saved yet
    FormDraft& draft() { return m_draft; }
    // The server was lost while saving: what is typed is kept and saved by itself when the
    // session's link reaches the server again.
    bool isWaitingForServer() const { return m_waitingForServer; }
    QLineEdit* customerEdit() const { return m_customer; }
    QLineEdit* serialEdit() const { return m_serial; }
    QPlainTextEdit* symptomEdit() const { return m_symptom; }
    QLabel* serialWarning() const { return m_serialWarning; }
    // R20 the requirements recorded for the serial's order (read-only), hidden when none.
    QLabel* requirementsPanel() const { return m_requirements; }
    QComboBox* productCombo() const { return m_model; }
    QLineEdit* batchEdit() const { return m_batch; }
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    // A customer (and contact) the company does not know, added during the call (issue 11).
    CallCustomerDialog* newCustomer(); // opens the form (window-modal) and returns it
    bool addContact(); // the contact and phone typed become a contact of the customer
    QPushButton* newCustomerButton() const { return m_newCustomer; }
    QPushButton* addContactButton() const { return m_addContact; }
    QLineEdit* contactEdit() const { return m_contact; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QString message() const; // the note or refusal shown above the form
    // Photos and documents of the call (issue 17), saved with the case in one transaction.
    AttachmentsPanel* files() const { return m_files; }

signals:
    void caseLogged(qint64 caseId);
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void changed();
    void customerEdited(const QString& text);
    void serialChanged();
    void showRequirements();
    QJsonObject toJson() const;
    void fromJson(const QJsonObject& o);
    void clearFields();
    // Esc asks Save / Discard / Keep editing; the Discard button asks Discard / Keep editing.
    void askDiscard(bool offerSave);
    bool refused(const UserError& error); // shows why a save was refused; false
    QWidget* withButton(QWidget* field, class QPushButton* button);
    void updateContactButton();
    void fillModels();
    void showNote(const QString& text, bool error = false);

    Session& m_session;
    FormDraft m_draft; // of this database and this user
    FieldErrors m_errors;
    FormUndo* m_undo = nullptr;
    QHash<QString, QLabel*> m_captions;
    QHash<QString, qint64> m_customerIds;
    bool m_dirty = false;
    bool m_waitingForServer = false;
    bool m_loading = false;
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QFormLayout* m_form = nullptr;
    DateTimeField* m_received = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_customer = nullptr;
    QStringListModel* m_customerNames = nullptr;
    QLineEdit* m_contact = nullptr;
    QStringListModel* m_contactNames = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_serial = nullptr;
    QLabel* m_serialWarning = nullptr;
    QLabel* m_requirements = nullptr;
    QComboBox* m_model = nullptr;
    QLineEdit* m_batch = nullptr;
    QLineEdit* m_order = nullptr;
    QSpinBox* m_quantity = nullptr;
    QPlainTextEdit* m_symptom = nullptr;
    QPlainTextEdit* m_request = nullptr;
    QLineEdit* m_site = nullptr;
    QCheckBox* m_objection = nullptr;
    class QPushButton* m_saveButton = nullptr;
    class QPushButton* m_newCustomer = nullptr;
    class QPushButton* m_addContact = nullptr;
    class QPushButton* m_discardButton = nullptr;
    AttachmentsPanel* m_files = nullptr;
};
