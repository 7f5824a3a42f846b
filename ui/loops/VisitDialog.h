#pragma once

#include "common/FieldErrors.h"
#include "loops/CustomerVisit.h"
#include "loops/VisitService.h"

#include <QDialog>

class FormMessage;
class QComboBox;
class DateTimeField;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class Session;

// R15, R17 the form of one customer visit: its plan (who leads, who goes, on which day) while
// it is due or planned, or what the customer said once it was made. Save hands it to
// VisitService; a refusal keeps the form open with the message next to its field.
class VisitDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Plan,
        Record,
    };
    VisitDialog(Session& session, const CustomerVisit& visit, Mode mode, QWidget* parent = nullptr);

    bool save();
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    QString generalError() const;

    QComboBox* leader = nullptr;
    QLineEdit* participants = nullptr;
    DateTimeField* plannedOn = nullptr;
    DateTimeField* visitedOn = nullptr;
    QLineEdit* customerPeople = nullptr;
    QPlainTextEdit* treatmentComments = nullptr;
    QPlainTextEdit* opinions = nullptr;
    QPlainTextEdit* suggestions = nullptr;

private:
    void buildPlan(QFormLayout* form);
    void buildRecord(QFormLayout* form);
    Session& m_session;
    VisitService m_service;
    CustomerVisit m_visit;
    Mode m_mode;
    FieldErrors m_errors;
    FormMessage* m_general = nullptr;
};
