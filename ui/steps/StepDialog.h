#pragma once

#include "common/FieldErrors.h"
#include "domain/CaseRef.h"
#include "domain/QualityCase.h"
#include "drafts/FormDraft.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class AttachmentsPanel;
class ConflictError;
class FormUndo;
class QDialogButtonBox;
class QFormLayout;
class QFrame;
class QLabel;
class QTimer;
class Session;

// The frame of every form of the main flow: a heading with the case, a form whose fields
// show core's messages next to them, Save (Ctrl+S) and Cancel. A subclass fills the form and
// implements submit(), which calls WorkflowService with ref(); a UserError keeps the dialog open.
//
// Nothing typed is lost: the form remembers the version of the case it was opened on; a save
// refused because someone else changed the case offers to show their change, to apply mine on
// top or to drop mine; what is typed is in a draft on disk as it is typed (offered back when the
// same form of the case is opened again); Cancel or Esc with changes asks first; and a notice
// says so when the case is changed elsewhere while the form is open. When the connection to the
// database server is lost at Save, the form says so, keeps what is typed (and its draft) and
// saves by itself once the server answers again, with the same version check (issue 16.3).
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
    // The case and the version the form's contents are built on.
    CaseRef ref() const { return {m_case.id, m_baseVersion}; }
    const QualityCase& currentCase() const { return m_case; }
    // The form's fields by key, as a draft keeps them.
    QJsonObject values() const;
    // Something typed differs from what the form was opened with.
    bool isDirty() const;
    // The draft of this form of this case (once the form was shown).
    const FormDraft* draft() const { return m_draft ? &*m_draft : nullptr; }
    // "Li Wei changed this case at 14:02 while you were editing …", hidden until it happens.
    QLabel* notice() const { return m_notice; }
    // "Restored what you typed …" with Start over, shown when a draft came back.
    QFrame* draftBar() const { return m_draftBar; }
    // Makes the same form on another state of the case (unshown), so that "apply mine on top"
    // keeps their values in the fields I did not touch. Without it, my whole form is applied.
    using Reopen = std::function<StepDialog*(const QualityCase&)>;
    void setReopen(Reopen reopen) { m_reopen = std::move(reopen); }
    // The files added in the form (issue 17), saved with it in one transaction; step: where they
    // were added (AttachmentSteps).
    AttachmentsPanel* files() const { return m_files; }
    void setFileStep(const QString& step);
    // How often a save that met a lost server connection is tried again, and for how long
    // (5 seconds, 10 minutes; tests make them short).
    static void setServerRetry(int intervalMs, int forMs);
    // A save met a lost server connection and is tried again on a timer.
    bool isWaitingForServer() const;
    // How many times the form asked whether the server answers again since it was opened (a save
    // is tried only when it does: the session's ServerLink probes on a worker thread and the
    // connection is not opened again before, so neither a retry nor Save pressed by hand while
    // waiting freezes the window).
    int serverRetries() const { return m_serverRetries; }

protected:
    virtual void submit() = 0;
    // The name of the form among the forms of a case, for its draft.
    virtual QString formName() const { return objectName(); }
    QLabel* addRow(const QString& key, const QString& label, QWidget* field, bool required = false);
    void addNote(const QString& text);
    void reject() override;
    void showEvent(QShowEvent* event) override;

    Session& m_session;
    QualityCase m_case;
    FieldErrors m_errors;

private:
    void start();
    void setValues(const QJsonObject& values);
    void offerDraft();
    void startOver();
    void writeDraft();
    void discardAndClose();
    bool resolveConflict(const ConflictError& conflict);
    void applyOnTop(const QualityCase& now);
    void changedElsewhere(const QSet<qint64>& caseIds);
    void showChangesNotice();
    void showMessage(const QString& text);
    void waitForServer();
    void retryOnServer();
    void askServer();
    void serverAnswered(bool reachable);
    void stopWaitingForServer();

    int m_baseVersion = 0;
    QList<QPair<QString, QPointer<QWidget>>> m_fields;
    QJsonObject m_initial;
    std::optional<FormDraft> m_draft;
    Reopen m_reopen;
    QLabel* m_message = nullptr;
    QLabel* m_notice = nullptr;
    QFrame* m_draftBar = nullptr;
    QLabel* m_draftText = nullptr;
    QFormLayout* m_form = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    FormUndo* m_undo = nullptr;
    AttachmentsPanel* m_files = nullptr;
    bool m_started = false;
    QTimer* m_serverRetry = nullptr;
    QDeadlineTimer m_serverDeadline;
    int m_serverRetries = 0;
    bool m_savingByItself = false;
};
