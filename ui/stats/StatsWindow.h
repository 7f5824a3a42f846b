#pragma once

#include "cases/CaseFilter.h"
#include "stats/StatsFilter.h"
#include "stats/StatsTable.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class DateTimeField;
class QLabel;
class QPushButton;
class QTabBar;
class QTableWidget;
class Session;
class StatsChartView;

// View > Statistics… (issue 13): a Pareto of defects, causes, models, product lines, customers
// or responsible units (by number of cases or by cost), cases by month beside the year before,
// the deadlines met on time, the customers' marks of the return visits; for a period and
// filters. Each as a chart over its data table. A click on a bar (or a double click on a cell)
// asks for the case list of exactly those cases. Prints, saves as PDF, and exports to Excel
// and CSV.
class StatsWindow : public QDialog
{
    Q_OBJECT
public:
    explicit StatsWindow(Session& session, QWidget* parent = nullptr);

    // Which statistic: 0-5 the Pareto cuts (StatsService::cuts()), then trend, on-time, marks.
    void choose(int statistic);
    void setPeriod(const QDate& from, const QDate& to);
    void refresh(); // counts again with what the controls say
    const StatsReport& report() const { return m_report; }
    int currentTable() const { return m_table; }
    void showTable(int index);
    StatsChartView* chartView() const { return m_chart; }
    QTableWidget* tableWidget() const { return m_data; }
    QLabel* messageLabel() const { return m_message; }
    // Lists the cases behind a cell of the current table (what a click on a bar does).
    void openCell(int row, int column);
    // Saving: Excel (.xlsx) or CSV of the current table, or PDF; returns the error, empty on success.
    QString saveTo(const QString& path);

signals:
    // The case list should show these cases; description says what they are.
    void casesRequested(const CaseFilter& filter, const QString& description);

protected:
    void changeEvent(QEvent* event) override;

private:
    StatsFilter filter() const;
    void retranslate();
    void fillChoices();
    void print();
    void save();
    QString language() const;

    Session& m_session;
    StatsReport m_report;
    int m_table = 0;
    QComboBox* m_statistic = nullptr;
    DateTimeField* m_from = nullptr;
    DateTimeField* m_to = nullptr;
    QComboBox* m_line = nullptr;
    QComboBox* m_customer = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_grade = nullptr;
    QCheckBox* m_key = nullptr;
    QCheckBox* m_byCost = nullptr;
    QPushButton* m_show = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QTabBar* m_tabs = nullptr;
    StatsChartView* m_chart = nullptr;
    QTableWidget* m_data = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_save = nullptr;
    QList<QLabel*> m_labels;
};
