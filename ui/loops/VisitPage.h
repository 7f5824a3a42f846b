#pragma once

#include "loops/CustomerVisit.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class Session;

// R15, R17 the customer visits still to do: the key customers' closed cases that owe a
// manager's visit, and the visits planned, recorded or sent, soonest due first, overdue in red;
// Plan, Record and (a manager) Waive on the selected one.
class VisitPage : public QWidget
{
    Q_OBJECT
public:
    explicit VisitPage(Session& session, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    const QList<CustomerVisit>& rows() const { return m_rows; }
    // The selected visit, when one is selected.
    const CustomerVisit* selected() const;

private:
    void open(bool record);
    void waive();
    void updateButtons();
    Session& m_session;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_plan = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_waive = nullptr;
    QList<CustomerVisit> m_rows;
};
