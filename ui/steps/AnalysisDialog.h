#pragma once

#include "reference/ReferenceTypes.h"
#include "steps/StepDialog.h"

class QComboBox;
class DateTimeField;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

// R3 and R10: Quality checks and analyses the case, grades it (showing the grade's response
// rules), names the responsible units with their tasks and deadlines.
class AnalysisDialog : public StepDialog
{
    Q_OBJECT
public:
    AnalysisDialog(Session& session, const QualityCase& c, QWidget* parent = nullptr);

    QPlainTextEdit* verificationEdit() const { return m_verification; }
    QComboBox* gradeCombo() const { return m_grade; }
    QTableWidget* unitsTable() const { return m_units; }
    // Ticks a unit and gives its task (what a person does with the mouse and keyboard in the table).
    void setUnitTask(qint64 unitId, const QString& task);
    // Types a unit's deadline: "3 days", "2026-03-05 17:00".
    void setUnitDue(qint64 unitId, const QString& due);

protected:
    void submit() override;

private:
    void gradeChanged();
    void showDefaultDue(const QString& text);
    QPlainTextEdit* m_verification = nullptr;
    QPlainTextEdit* m_analysis = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_cause = nullptr;
    QComboBox* m_grade = nullptr;
    QLabel* m_rules = nullptr;
    QPlainTextEdit* m_measures = nullptr;
    QTableWidget* m_units = nullptr;
    DateTimeField* m_processingDue = nullptr;
    QList<Grade> m_grades;
    bool m_measuresEdited = false;
    QString m_defaultDue; // the grade's reply time as the untouched rows show it
};
