#pragma once

#include "Clock.h"

#include <QMainWindow>

#include <memory>

class CaseListModel;
class CaseListQuery;
class Database;
class QLabel;
class QTableView;

// The main window: the case list over the open database. Features live in their own widgets;
// this class wires actions and pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database& database, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    CaseListModel* caseListModel() const { return m_model; }
    QTableView* caseTable() const { return m_table; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateStatus();
    void showAbout();

    Database& m_database;
    const Clock& m_clock;
    std::unique_ptr<CaseListQuery> m_query;
    CaseListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
};
