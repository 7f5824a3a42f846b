#pragma once

#include "common/FieldErrors.h"

#include <QDialog>
#include <QHash>

class EmptyListHint;
class ListFieldEditor;
class ListPage;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QTabWidget;
class Session;
struct ListSpec;

// The form of one entry of a list: a field per row with core's message next to it, Save
// (Ctrl+S) and Cancel. An entry with child lists (a customer's sites and contacts, a
// technician's training records) shows them on tabs; a new one stays open after its first
// save so its children can be added at once. A required choice from a list still empty says
// so under it (EmptyListHint).
class ListEditDialog : public QDialog
{
    Q_OBJECT
public:
    // id 0: a new entry; parentId: the parent of a new child entry (its field is not shown).
    ListEditDialog(Session& session, const ListSpec& spec, qint64 id, qint64 parentId,
                   QWidget* parent = nullptr);

    bool save(); // false with the errors shown next to the fields
    qint64 entryId() const { return m_id; }
    ListFieldEditor* editor(const QString& key) const { return m_editors.value(key); }
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    QString message() const;
    ListPage* childPage(const QString& listId) const { return m_children.value(listId); }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void saved(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void load();
    void retranslate();
    void showMessage(const QString& text, bool error);
    void updateChildren();

    Session& m_session;
    const ListSpec& m_spec;
    qint64 m_id = 0;
    qint64 m_parentId = 0;
    bool m_mayChange = false;
    FieldErrors m_errors;
    QHash<QString, ListFieldEditor*> m_editors;
    QHash<QString, QLabel*> m_captions;
    QHash<QString, ListPage*> m_children;
    QList<EmptyListHint*> m_hints;
    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
