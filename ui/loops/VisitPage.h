#pragma once

#include "loops/CustomerVisit.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class Session;

// R15, R17 the customer visits still to do: the key customers' closed cases that owe a
// manager's visit, and the visits planned, recorded or sent, soonest due first, overdue in red;
// Plan, Record and (a manager) Waive on the selected one; a manager's new round of return visits,
// Sales sends a return-visit record to the departments and files it once each has signed for it.
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
    // R17 a round of return visits; its record sent to the departments chosen, signed for by
    // the user's departments waiting for it, filed; the customer visit report of the selected.
    void newRound();
    void send(const QList<qint64>& unitIds);
    void signFor();
    void file();
    QList<struct ReportDocument> report() const;

private:
    void open(bool record);
    void waive();
    void updateButtons();
    QList<qint64> chooseUnits(); // asks the departments to send a record to
    QList<qint64> waitingUnits(const CustomerVisit& v) const; // the user's, not signed yet
    Session& m_session;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_plan = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_waive = nullptr;
    QPushButton* m_round = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_file = nullptr;
    QPushButton* m_print = nullptr;
    QList<CustomerVisit> m_rows;
};
