#pragma once

#include <QToolButton>

#include <functional>

class QAction;
class Session;

// The improvement loop on the case view (issue 14): a button with "Tracing (8D)…" (the case's
// tracing, or opening one on request for a case that is not traced by itself), "Raise
// corrective action…" and "Special treatment group…".
class CaseImprovement : public QToolButton
{
    Q_OBJECT
public:
    // caseId tells the case shown when a menu entry is chosen.
    CaseImprovement(Session& session, QWidget* parent, std::function<qint64()> caseId);
    static void showTracing(Session& session, QWidget* parent, qint64 caseId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QAction* m_tracing = nullptr;
    QAction* m_raise = nullptr;
    QAction* m_group = nullptr;
};
