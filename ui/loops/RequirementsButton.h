#pragma once

#include <QPushButton>

class ListPage;
class Session;

// R20 from the lists window: "Requirements…" under the orders and batches, the serial numbers
// and the customers opens the requirements form of the order the selected entry leads to (a
// customer with several orders: the one chosen from a menu of them, the latest first).
class RequirementsButton : public QPushButton
{
    Q_OBJECT
public:
    RequirementsButton(Session& session, ListPage* page);

    // Whether the list leads to orders; ListsWindow adds the button to those pages only.
    static bool fits(const QString& listId);
    // The orders the selected entry leads to.
    QStringList orders() const;
    // The requirements form of the order; returns how it closed.
    int openOrder(const QString& orderNo);

private:
    void choose();
    void updateEnabled();
    Session& m_session;
    ListPage* m_page = nullptr;
};
