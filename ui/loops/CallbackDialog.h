#pragma once

#include "common/FieldErrors.h"
#include "loops/BatchCallback.h"
#include "loops/CallbackService.h"

#include <QDialog>

class FormMessage;
class QComboBox;
class DateTimeField;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class Session;

// R16 the call-back of one delivered batch: whom Sales spoke to and what the customer said of
// the quality; an objection also asks for the problem, which becomes a new case on Save.
class CallbackDialog : public QDialog
{
    Q_OBJECT
public:
    CallbackDialog(Session& session, const BatchCallback& batch, QWidget* parent = nullptr);

    // Records the call; a refusal keeps the form open with the message next to its field.
    bool save();
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    QString generalError() const;
    CallbackData data() const;

    QLineEdit* contactName = nullptr;
    QLineEdit* contactPhone = nullptr;
    QComboBox* opinion = nullptr;
    QPlainTextEdit* comments = nullptr;
    QPlainTextEdit* symptom = nullptr;
    QSpinBox* quantity = nullptr;
    QLineEdit* serialNo = nullptr;

private:
    void showObjection();
    Session& m_session;
    CallbackService m_service;
    BatchCallback m_batch;
    FieldErrors m_errors;
    DateTimeField* m_calledAt = nullptr;
    FormMessage* m_general = nullptr;
    QList<QWidget*> m_objectionRows;
};
