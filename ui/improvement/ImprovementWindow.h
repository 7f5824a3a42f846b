#pragma once

#include <QDialog>

class ActionsPage;
class GroupsPage;
class QPushButton;
class QTabWidget;
class QTableWidget;
class Session;

// View > Improvement: the improvement loop (issue 14): the corrective actions with their
// notices (R12), the tracings in the 8D form (R11) with the steps due, and the special
// treatment groups (R13).
class ImprovementWindow : public QDialog
{
    Q_OBJECT
public:
    explicit ImprovementWindow(Session& session, QWidget* parent = nullptr);
    // The main window's one improvement window, made the first time, shown and raised.
    static ImprovementWindow* showIn(Session& session, QWidget* mainWindow);

    QTabWidget* tabs() const { return m_tabs; }
    ActionsPage* actions() const { return m_actions; }
    GroupsPage* groups() const { return m_groups; }
    QTableWidget* tracings() const { return m_tracings; }
    void reloadTracings();
    void openTracing(); // the selected one

private:
    Session& m_session;
    QTabWidget* m_tabs = nullptr;
    ActionsPage* m_actions = nullptr;
    GroupsPage* m_groups = nullptr;
    QTableWidget* m_tracings = nullptr;
    QTableWidget* m_stepsDue = nullptr;
    QPushButton* m_moreTracings = nullptr;
    qint64 m_lastTracing = 0;
};
