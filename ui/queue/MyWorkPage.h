#pragma once

#include "queue/WorkQueue.h"

#include <QWidget>

class CaseRowsModel;
class CaseTableView;
class QLabel;
class Session;

// "My work": the cases waiting for the signed-in person under one heading of their queue,
// the earliest due first, coloured by how close or overdue the deadline is.
class MyWorkPage : public QWidget
{
    Q_OBJECT
public:
    explicit MyWorkPage(Session& session, QWidget* parent = nullptr);
    ~MyWorkPage() override;

    QList<QueueGroup> groups() const;
    void showGroup(const QString& key);
    void reload();
    const QString& currentGroup() const { return m_key; }
    CaseRowsModel* model() const { return m_model; }
    CaseTableView* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    Session& m_session;
    WorkQueue m_queue;
    QString m_key;
    QLabel* m_heading = nullptr;
    CaseRowsModel* m_model = nullptr;
    CaseTableView* m_table = nullptr;
};
