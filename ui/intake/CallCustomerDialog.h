#pragma once

#include "common/FieldErrors.h"
#include "lists/CustomerCall.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Session;

// A new customer and its contact during a call, without leaving the intake form (issue 11,
// item 3): what the caller says now; the office completes the rest later (the customer is
// marked for it). Core's CustomerCall checks and saves it.
class CallCustomerDialog : public QDialog
{
    Q_OBJECT
public:
    CallCustomerDialog(Session& session, const CallCustomer& start, QWidget* parent = nullptr);

    bool save(); // false with the errors next to the fields
    const CallCustomerAdded& added() const { return m_added; }
    CallCustomer customer() const;
    QLineEdit* field(const QString& key) const { return m_lines.value(key); }
    QString fieldError(const QString& key) const { return m_errors.message(key); }

private:
    Session& m_session;
    FieldErrors m_errors;
    QHash<QString, QLineEdit*> m_lines;
    QPlainTextEdit* m_address = nullptr;
    QLabel* m_message = nullptr;
    CallCustomerAdded m_added;
};
