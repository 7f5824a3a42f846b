#pragma once

#include "queue/WorkQueue.h"

#include <QTreeWidget>

// The window's navigation: "My work" with one line per heading of the queue and its counts
// ("Waiting for analysis 7, overdue 2"), then the pages. Later side flows (R11-R20) add their
// own top-level entries here.
class NavigationTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum class Page
    {
        MyWork,
        NewCase,
        Cases,
        FlowChart
    };
    explicit NavigationTree(bool mayLogCases, QWidget* parent = nullptr);

    // The headings of "My work" with their counts; until the first call it says "counting…".
    void setGroups(const QList<QueueGroup>& groups);
    bool isCounting() const { return m_counting; }
    void retranslate();
    QTreeWidgetItem* groupItem(const QString& key) const;
    QTreeWidgetItem* pageItem(Page page) const;

signals:
    void groupChosen(const QString& key);
    void pageChosen(NavigationTree::Page page);

protected:
    void changeEvent(QEvent* event) override;

private:
    static QString groupText(const QueueGroup& g);
    void showGroups();
    QTreeWidgetItem* m_myWork = nullptr;
    QList<QPair<Page, QTreeWidgetItem*>> m_pages;
    QList<QueueGroup> m_groups;
    bool m_counting = true;
};
