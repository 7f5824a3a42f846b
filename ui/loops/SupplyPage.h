#pragma once

#include "loops/OrderRequirement.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Session;

// R20 before supply: the orders delivering within loops.supply_notice_days whose requirements
// are not recorded or whose documents are not all checked (or every order of the last year), a
// page at a time; the requirements form of the selected order or of an order number typed.
class SupplyPage : public QWidget
{
    Q_OBJECT
public:
    explicit SupplyPage(Session& session, QWidget* parent = nullptr);

    void reload();
    // Opens the requirements form of an order; returns the dialog's result (Rejected when there
    // is no such order, after saying so).
    int openOrder(const QString& orderNo);
    QTableWidget* table() const { return m_table; }
    QComboBox* filter() const { return m_show; }
    const QList<OrderRequirement>& rows() const { return m_rows; }

private:
    void loadMore();
    Session& m_session;
    QComboBox* m_show = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_order = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_more = nullptr;
    QList<OrderRequirement> m_rows;
    bool m_atEnd = false;
};
