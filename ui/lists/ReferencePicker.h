#pragma once

#include "lists/ListQuery.h"

#include <QHash>
#include <QWidget>

class QLineEdit;
class QStringListModel;
class QToolButton;

// Chooses an entry of another list on a form: type part of its name or code and pick it from
// the completion, or open the list with the button. Only active entries are offered; the entry
// already chosen stays shown even when deactivated since. What cannot be matched is handed to
// core as typed, which names it in its message ("There is no customer “Acme”").
class ReferencePicker : public QWidget
{
    Q_OBJECT
public:
    // query: the target list's (Session::listQuery).
    explicit ReferencePicker(ListQuery query, QWidget* parent = nullptr);

    // The id chosen, the text typed when it matches nothing, or 0 when empty.
    QVariant value() const;
    qint64 chosenId() const;
    void setChosen(qint64 id); // 0: none
    // Entries of this parent only (a site of the shipment's customer); 0 for all.
    void setScope(qint64 parentId);
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void changed();

private:
    void refill(const QString& text);
    void showAll();

    ListQuery m_query;
    QLineEdit* m_edit = nullptr;
    QToolButton* m_button = nullptr;
    QStringListModel* m_names = nullptr;
    QHash<QString, qint64> m_ids; // shown text -> id
    qint64 m_scope = 0;
};
