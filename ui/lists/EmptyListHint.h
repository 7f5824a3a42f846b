#pragma once

#include <QLabel>

class ReferencePicker;
class Session;
struct ListSpec;

// Under a required choice of another list's entry that has nothing to choose yet (a serial
// number's "Order / batch" on a new database): says that list's entries come first and, where
// the person may add them, offers Add one… there and then (that list's own form); the entry
// saved is chosen and the note goes.
class EmptyListHint : public QLabel
{
    Q_OBJECT
public:
    // Hidden when the target list has active entries.
    EmptyListHint(Session& session, const ListSpec& target, ReferencePicker* picker, bool mayAdd,
                  QWidget* parent);

    void retranslate();
    void addEntry(); // what the link does

private:
    Session& m_session;
    const ListSpec& m_target;
    ReferencePicker* m_picker = nullptr;
    bool m_mayAdd = false;
};
