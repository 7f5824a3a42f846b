#pragma once

#include <QDialog>
#include <QHash>

class ImportDialog;
class ListPage;
class QListWidget;
class QStackedWidget;
class Session;

// Administration > Lists…: every list the office keeps (customers and their sites and
// contacts, product lines and models, orders and batches with their serial numbers, units,
// grades, defect catalogs, service agencies, technicians and their training), each a table
// with Add, Edit and Deactivate; and the customers Sales added during calls, to complete.
// The first-start wizard opens it through MainWindow::showLists().
class ListsWindow : public QDialog
{
    Q_OBJECT
public:
    explicit ListsWindow(Session& session, QWidget* parent = nullptr);

    // Shows a list by its id ("customers" ...); toComplete: the customers to complete.
    void showList(const QString& listId, bool toComplete = false);
    ListPage* currentPage() const;
    ListPage* page(const QString& key) const { return m_pages.value(key); }
    QListWidget* chooser() const { return m_chooser; }
    // Import… (issue 11, item 4): the import dialog, opened (and made once).
    ImportDialog* openImport();
    // Export…: writes a kind ("customers" ...) to a CSV file; false with the reason shown.
    bool exportTo(const QString& kindId, const QString& path);
    QString lastMessage() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void choose(int row);
    void retranslate();
    void chooseExport();

    Session& m_session;
    QListWidget* m_chooser = nullptr;
    QStackedWidget* m_stack = nullptr;
    class QPushButton* m_importButton = nullptr;
    class QPushButton* m_exportButton = nullptr;
    class QLabel* m_transferMessage = nullptr;
    ImportDialog* m_import = nullptr;
    QHash<QString, ListPage*> m_pages; // by list id, "customers:toComplete" for the customers to complete
};
