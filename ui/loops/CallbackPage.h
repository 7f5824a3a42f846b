#pragma once

#include "loops/BatchCallback.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class Session;

// R16 Sales' call-backs: the batches whose call is due, overdue, not due yet or done, a page at
// a time (More reads the next page by key), the counts of a year by month, and the form to
// record a call.
class CallbackPage : public QWidget
{
    Q_OBJECT
public:
    explicit CallbackPage(Session& session, QWidget* parent = nullptr);

    void reload();
    // Opens the call-back form of the selected batch; returns the dialog's result.
    int recordSelected();
    QTableWidget* table() const { return m_table; }
    QTableWidget* months() const { return m_months; }
    QComboBox* filter() const { return m_show; }
    const QList<BatchCallback>& rows() const { return m_rows; }

private:
    void loadMore();
    void addRow(const BatchCallback& b);
    void fillMonths();
    void updateButtons();
    Session& m_session;
    QComboBox* m_show = nullptr;
    QSpinBox* m_year = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_months = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_more = nullptr;
    QList<BatchCallback> m_rows;
    bool m_atEnd = false;
};
