#pragma once

#include "cases/CaseFilter.h"

#include <QWidget>

#include <memory>
#include <optional>

class BackgroundCounts;
class CaseFilterBar;
class CaseListModel;
class CaseListQuery;
class CaseTableView;
class QLabel;
class QLineEdit;
class QTimer;
class Session;

// Every case, newest first, read a page at a time: search as you type over the full-text
// index and the filters of CaseFilterBar. The number of matching cases is counted off the GUI
// thread (a count reads every matching case; the first page does not).
class CaseListPage : public QWidget
{
    Q_OBJECT
public:
    CaseListPage(Session& session, BackgroundCounts& counts, QWidget* parent = nullptr);
    ~CaseListPage() override;

    CaseListModel* model() const { return m_model; }
    CaseTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    CaseFilterBar* filterBar() const { return m_filters; }
    void applyNow(); // applies the search and filters without waiting for the typing pause
    // The cases a statistic counted (issue 13): exactly this filter, in place of the filter
    // bar's, until "Show all" is clicked; description says what they are.
    void showCases(const CaseFilter& filter, const QString& description);
    QLabel* pinnedLabel() const { return m_pinText; }
    // "The database server does not answer…", shown while a read of the list met a lost
    // connection (issue 16.3); the list is read again once the server answers.
    QLabel* serverNotice() const { return m_serverNotice; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount(); // asks BackgroundCounts; the number arrives later
    void showCount();
    Session& m_session;
    BackgroundCounts& m_counts;
    qint64 m_caseCount = -1; // -1 while counting
    std::unique_ptr<CaseListQuery> m_query;
    QLineEdit* m_search = nullptr;
    CaseFilterBar* m_filters = nullptr;
    QLabel* m_count = nullptr;
    CaseListModel* m_model = nullptr;
    CaseTableView* m_table = nullptr;
    QTimer* m_typing = nullptr;
    std::optional<CaseFilter> m_pinned;
    QWidget* m_pinBar = nullptr;
    QLabel* m_pinText = nullptr;
    class QPushButton* m_unpin = nullptr;
    QLabel* m_serverNotice = nullptr;
};
