#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class Session;

// View > Improvement, the special treatment groups (R13): newest first, a page at a time; the
// chosen group's lead, members, progress, improvement and summary below; New group, Members,
// Progress, Improvement and Close for those the rules allow.
class GroupsPage : public QWidget
{
    Q_OBJECT
public:
    explicit GroupsPage(Session& session, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    QLabel* details() const { return m_details; }
    qint64 selectedId() const;
    void openGroup();
    void changeMembers();
    void addProgress();
    void decideImprovement();
    void closeGroup();

private:
    void readMore();
    void showSelected();

    Session& m_session;
    QTableWidget* m_table = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_more = nullptr;
    qint64 m_last = 0;
};
