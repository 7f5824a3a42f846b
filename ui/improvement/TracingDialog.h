#pragma once

#include "improvement/Improvement.h"
#include "improvement/TracingService.h"

#include <QDialog>

class QCheckBox;
class DateTimeField;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class Session;
class StepOwnerPicker;

// R11 one tracing in the 8D form: the nine steps with their owner, due day and sign-off (late
// ones in the overdue colour); the chosen step's text, "verified", Save and Sign off for its
// owner or Quality, its owner (a unit or a person) and due day for Quality; the 8D report to print.
class TracingDialog : public QDialog
{
    Q_OBJECT
public:
    TracingDialog(Session& session, qint64 tracingId, QWidget* parent = nullptr);

    QTableWidget* steps() const { return m_steps; }
    void selectStep(int step);
    // What the buttons do; false when core refused (the message is shown, the text kept).
    bool saveStep(bool signOff);
    bool planStep();
    StepOwnerPicker* ownerPicker() const { return m_owner; }
    QString message() const;
    const Tracing& tracing() const { return m_tracing; }

private:
    void reload();
    void showStep();
    template<typename Change> bool run(Change&& change);

    Session& m_session;
    TracingService m_service;
    Tracing m_tracing;
    int m_current = 0;
    QLabel* m_heading = nullptr;
    QTableWidget* m_steps = nullptr;
    QLabel* m_stepTitle = nullptr;
    StepOwnerPicker* m_owner = nullptr;
    DateTimeField* m_due = nullptr;
    QPushButton* m_plan = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_verified = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_sign = nullptr;
    QLabel* m_message = nullptr;
};
