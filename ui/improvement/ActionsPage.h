#pragma once

#include "improvement/ImprovementQuery.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;
class Session;

// View > Improvement, the corrective actions (R12): by due day, a page at a time (More reads
// the next by key), filtered all / not closed / overdue, late ones in the overdue colour; the
// buttons raise an action by hand, record the notice at a meeting, report it done, check its
// effectiveness, close it and print its rectification notice, each offered as the rules allow.
class ActionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsPage(Session& session, QWidget* parent = nullptr);

    void reload();
    void setShow(ImprovementQuery::Show show);
    QTableWidget* table() const { return m_table; }
    qint64 selectedId() const;
    void select(const QString& number);
    // Lists the actions not closed, reads on page by page until this one is listed, and selects
    // it (from a line of My work); false when it is not among them.
    bool showAction(qint64 id);
    // What the buttons do on the selected action.
    void raise();
    void circulate();
    void reportDone();
    void checkEffectiveness();
    void close();

private:
    void readMore();
    void append(const QList<ActionRow>& rows);
    void updateButtons();
    void changed(); // after a save here

    Session& m_session;
    ImprovementQuery::Show m_show = ImprovementQuery::Show::Open;
    QComboBox* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_more = nullptr;
    QPushButton* m_circulate = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_print = nullptr;
    QDate m_lastDue;
    qint64 m_lastId = 0;
};
