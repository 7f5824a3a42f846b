#pragma once

#include <QWidget>

#include <memory>

class CaseFilterBar;
class CaseListModel;
class CaseListQuery;
class CaseTableView;
class QLabel;
class QLineEdit;
class QTimer;
class Session;

// Every case, newest first, read a page at a time: search as you type over the full-text
// index and the filters of CaseFilterBar.
class CaseListPage : public QWidget
{
    Q_OBJECT
public:
    explicit CaseListPage(Session& session, QWidget* parent = nullptr);
    ~CaseListPage() override;

    CaseListModel* model() const { return m_model; }
    CaseTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    CaseFilterBar* filterBar() const { return m_filters; }
    void applyNow(); // applies the search and filters without waiting for the typing pause

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();
    Session& m_session;
    std::unique_ptr<CaseListQuery> m_query;
    QLineEdit* m_search = nullptr;
    CaseFilterBar* m_filters = nullptr;
    QLabel* m_count = nullptr;
    CaseListModel* m_model = nullptr;
    CaseTableView* m_table = nullptr;
    QTimer* m_typing = nullptr;
};
