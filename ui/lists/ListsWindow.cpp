#include "lists/ListsWindow.h"

#include "UserError.h"
#include "lists/CustomerCall.h"
#include "lists/ImportDialog.h"
#include "lists/ListPage.h"
#include "lists/ListSpec.h"
#include "loops/RequirementsButton.h"
#include "main/Session.h"
#include "transfer/ExportService.h"
#include "transfer/ImportService.h"
#include "transfer/TransferKind.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
const QString toCompleteKey = QStringLiteral("customers:toComplete");
}

ListsWindow::ListsWindow(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("listsWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto* layout = new QHBoxLayout(this);
    auto* splitter = new QSplitter(this);
    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_chooser = new QListWidget(side);
    m_chooser->setObjectName(QStringLiteral("listChooser"));
    sideLayout->addWidget(m_chooser, 1);
    auto* transfer = new QHBoxLayout;
    m_importButton = new QPushButton(side);
    m_importButton->setObjectName(QStringLiteral("listsImport"));
    m_exportButton = new QPushButton(side);
    m_exportButton->setObjectName(QStringLiteral("listsExport"));
    transfer->addWidget(m_importButton);
    transfer->addWidget(m_exportButton);
    sideLayout->addLayout(transfer);
    m_transferMessage = new QLabel(side);
    m_transferMessage->setObjectName(QStringLiteral("listsTransferMessage"));
    m_transferMessage->setWordWrap(true);
    sideLayout->addWidget(m_transferMessage);
    const bool mayImport = ImportService::mayImport(session.user());
    m_importButton->setEnabled(mayImport);
    connect(m_importButton, &QPushButton::clicked, this, [this]() { openImport(); });
    connect(m_exportButton, &QPushButton::clicked, this, &ListsWindow::chooseExport);
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(side);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 870});
    layout->addWidget(splitter);
    for (const ListSpec& spec : ListSpecs::all()) {
        (new QListWidgetItem(m_chooser))->setData(Qt::UserRole, spec.id);
        if (spec.id == QLatin1String("customers"))
            (new QListWidgetItem(m_chooser))->setData(Qt::UserRole, toCompleteKey);
    }
    connect(m_chooser, &QListWidget::currentRowChanged, this, &ListsWindow::choose);
    retranslate();
    m_chooser->setCurrentRow(0);
    resize(1100, 640);
}

void ListsWindow::choose(int row)
{
    if (row < 0)
        return;
    const QString key = m_chooser->item(row)->data(Qt::UserRole).toString();
    ListPage* page = m_pages.value(key);
    if (!page) {
        const bool toComplete = key == toCompleteKey;
        page = new ListPage(m_session, ListSpecs::get(toComplete ? QStringLiteral("customers") : key), 0,
                            m_stack);
        if (toComplete)
            page->setOnlyFlag(QStringLiteral("needs_completion"));
        if (RequirementsButton::fits(page->spec().id)) // R20 from an order, serial or customer
            page->addExtraButton(new RequirementsButton(m_session, page));
        connect(page, &ListPage::entrySaved, this,
                &ListsWindow::retranslate); // the count of those to complete
        m_pages.insert(key, page);
        m_stack->addWidget(page);
    } else {
        page->reload(); // saved through another page meanwhile
    }
    m_stack->setCurrentWidget(page);
}

void ListsWindow::showList(const QString& listId, bool toComplete)
{
    const QString key = toComplete ? toCompleteKey : listId;
    for (int i = 0; i < m_chooser->count(); ++i)
        if (m_chooser->item(i)->data(Qt::UserRole).toString() == key)
            m_chooser->setCurrentRow(i);
}

ListPage* ListsWindow::currentPage() const
{
    return qobject_cast<ListPage*>(m_stack->currentWidget());
}

ImportDialog* ListsWindow::openImport()
{
    if (!m_import) {
        m_import = new ImportDialog(m_session, this);
        connect(m_import, &ImportDialog::imported, this, [this]() {
            if (ListPage* page = currentPage())
                page->reload();
            retranslate();
        });
    }
    m_import->show();
    m_import->raise();
    return m_import;
}

void ListsWindow::chooseExport()
{
    QMenu menu(this);
    for (const TransferKind& k : TransferKinds::all())
        menu.addAction(k.titleText())->setData(k.id);
    const QAction* chosen = menu.exec(m_exportButton->mapToGlobal(QPoint(0, m_exportButton->height())));
    if (!chosen)
        return;
    const QString kindId = chosen->data().toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to a file"), kindId + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(kindId, path);
}

bool ListsWindow::exportTo(const QString& kindId, const QString& path)
{
    const TransferKind* kind = TransferKinds::find(kindId);
    if (!kind)
        return false;
    try {
        const qint64 rows = m_session.make<ExportService>().write(*kind, path);
        m_transferMessage->setText(tr("%n entries of %1 written to %2.", nullptr, static_cast<int>(rows))
                                       .arg(kind->titleText(), QFileInfo(path).fileName()));
        return true;
    } catch (const UserError& e) {
        m_transferMessage->setText(e.message());
        return false;
    }
}

QString ListsWindow::lastMessage() const
{
    return m_transferMessage->text();
}

void ListsWindow::retranslate()
{
    setWindowTitle(tr("Lists"));
    m_importButton->setText(tr("&Import…"));
    m_exportButton->setText(tr("E&xport…"));
    const qint64 toComplete = m_session.make<CustomerCall>().toCompleteCount();
    for (int i = 0; i < m_chooser->count(); ++i) {
        const QString key = m_chooser->item(i)->data(Qt::UserRole).toString();
        m_chooser->item(i)->setText(key == toCompleteKey ? tr("    To complete (%1)").arg(toComplete)
                                                         : ListSpecs::get(key).titleText());
    }
}

void ListsWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
