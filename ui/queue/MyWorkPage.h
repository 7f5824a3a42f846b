#pragma once

#include "queue/WorkQueue.h"

#include <QWidget>

class BackgroundCounts;
class CaseRowsModel;
class CaseTableView;
class QLabel;
class Session;

// "My work": the cases waiting for the signed-in person under one heading of their queue,
// the earliest due first, coloured by how close or overdue the deadline is. The headings and
// the cases are read by BackgroundCounts; until they arrive the page says it is counting.
class MyWorkPage : public QWidget
{
    Q_OBJECT
public:
    MyWorkPage(Session& session, BackgroundCounts& counts, QWidget* parent = nullptr);
    ~MyWorkPage() override;

    // The headings as last counted (empty until the first count arrives).
    const QList<QueueGroup>& groups() const { return m_groups; }
    bool isCounting() const { return m_counting; }
    void showGroup(const QString& key);
    // Asks for fresh counts and cases; they arrive later.
    void reload();
    const QString& currentGroup() const { return m_key; }
    CaseRowsModel* model() const { return m_model; }
    CaseTableView* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void setGroups(const QList<QueueGroup>& groups);
    void setRows(const QString& key, const QList<CaseListRow>& rows);
    void updateHeading();

    Session& m_session;
    BackgroundCounts& m_counts;
    QString m_key;
    QList<QueueGroup> m_groups;
    bool m_counting = true;
    QLabel* m_heading = nullptr;
    CaseRowsModel* m_model = nullptr;
    CaseTableView* m_table = nullptr;
};
