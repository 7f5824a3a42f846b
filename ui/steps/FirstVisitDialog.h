#pragma once

#include "steps/StepDialog.h"

class DateTimeField;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

// R7: the first return visit by phone within 3 days of the on-site service: each on-site
// service requirement confirmed item by item, the customer's marks, remarks.
class FirstVisitDialog : public StepDialog
{
    Q_OBJECT
public:
    FirstVisitDialog(Session& session, const QualityCase& c, QWidget* parent = nullptr);
    QTableWidget* itemsTable() const { return m_items; }
    QSpinBox* marksBox() const { return m_marks; }
    static QStringList defaultRequirements();

protected:
    void submit() override;

private:
    DateTimeField* m_visited = nullptr;
    QTableWidget* m_items = nullptr;
    QSpinBox* m_marks = nullptr;
    QPlainTextEdit* m_remarks = nullptr;
};
