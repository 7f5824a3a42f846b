#pragma once

#include "lists/ListQuery.h"

#include <QWidget>

#include <memory>

class ListEditDialog;
class ListTableModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class Session;

// One list as a searchable, sortable table with Add, Edit and Deactivate / Reactivate (R19,
// issue 11). A child list (a customer's contacts, a technician's training records) shows the
// entries of one parent and adds to it. People who may not change the lists only read them;
// core refuses them anyway.
class ListPage : public QWidget
{
    Q_OBJECT
public:
    ListPage(Session& session, const ListSpec& spec, qint64 parentId = 0, QWidget* parent = nullptr);
    ~ListPage() override;

    const ListSpec& spec() const { return m_spec; }
    // Only the entries with this yes/no field set ("needs_completion": customers to complete).
    void setOnlyFlag(const QString& key);
    void setParentId(qint64 parentId);
    void reload();

    // Opens the form of a new entry, or of the entry on this row (window-modal; returns it).
    ListEditDialog* addEntry();
    ListEditDialog* editEntry(int row);
    // Deactivates the selected entry, or reactivates it when it is inactive.
    bool toggleActive();
    int selectedRow() const;
    bool selectRow(qint64 id);

    ListTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* inactiveBox() const { return m_inactive; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* activeButton() const { return m_active; }
    QLabel* countLabel() const { return m_count; }
    // A button of another part of the window for the selected entry, after Add, Edit, Deactivate.
    void addExtraButton(QPushButton* button);

signals:
    void entrySaved(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFilter();
    void updateButtons();
    void updateCount();
    void retranslate();
    ListEditDialog* openDialog(qint64 id);

    Session& m_session;
    const ListSpec& m_spec;
    std::unique_ptr<ListQuery> m_query;
    ListFilter m_filter;
    bool m_mayChange = false;
    ListTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_inactive = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_active = nullptr;
    QTimer* m_searchDelay = nullptr;
    class QHBoxLayout* m_buttons = nullptr;
};
