#include "lists/ListsWindow.h"

#include "lists/CustomerCall.h"
#include "lists/ListPage.h"
#include "lists/ListSpec.h"
#include "main/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>

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
    m_chooser = new QListWidget(splitter);
    m_chooser->setObjectName(QStringLiteral("listChooser"));
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_chooser);
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

void ListsWindow::retranslate()
{
    setWindowTitle(tr("Lists"));
    const qint64 toComplete = CustomerCall(m_session.connection(), m_session.clock()).toCompleteCount();
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
