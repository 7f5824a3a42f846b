#pragma once

#include "reference/ReferenceTypes.h"
#include "steps/StepDialog.h"

class QComboBox;
class DateTimeField;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// R5: Sales organizes the processing plan (on-site service, return to factory, replacement,
// remote guidance) and the disposal suggestion given to the customer.
class PlanDialog : public StepDialog
{
    Q_OBJECT
public:
    PlanDialog(Session& session, const QualityCase& c, QWidget* parent = nullptr);
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* technicianCombo() const { return m_technician; }
    QComboBox* agencyCombo() const { return m_agency; }
    QLineEdit* addressEdit() const { return m_address; }
    QLabel* trainingWarning() const { return m_trainingWarning; }
    QLabel* arrivalWarning() const { return m_arrivalWarning; }
    DateTimeField* appointedEdit() const { return m_appointed; }

protected:
    void submit() override;

private:
    void kindChanged();
    void agencyChanged();
    void technicianChanged();
    void appointedChanged();
    QComboBox* m_kind = nullptr;
    QComboBox* m_agency = nullptr;
    QComboBox* m_technician = nullptr;
    DateTimeField* m_appointed = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_returnOrder = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPlainTextEdit* m_disposal = nullptr;
    QList<QWidget*> m_onSiteFields;
    QList<Technician> m_technicians; // as offered, after "Choose…"
    QLabel* m_trainingWarning = nullptr;
    QLabel* m_arrivalWarning = nullptr;
};
