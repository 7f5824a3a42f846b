#include "main/NavigationTree.h"

#include "common/Palette.h"

#include <QEvent>
#include <QHeaderView>

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int PageRole = Qt::UserRole + 2;
} // namespace

NavigationTree::NavigationTree(bool mayLogCases, QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(14);
    setUniformRowHeights(true);
    m_myWork = new QTreeWidgetItem(this);
    m_myWork->setData(0, PageRole, static_cast<int>(Page::MyWork));
    m_pages.append({Page::MyWork, m_myWork});
    if (mayLogCases) {
        auto* item = new QTreeWidgetItem(this);
        item->setData(0, PageRole, static_cast<int>(Page::NewCase));
        m_pages.append({Page::NewCase, item});
    }
    for (Page p : {Page::Cases, Page::FlowChart}) {
        auto* item = new QTreeWidgetItem(this);
        item->setData(0, PageRole, static_cast<int>(p));
        m_pages.append({p, item});
    }
    m_myWork->setExpanded(true);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        const QString key = item->data(0, KeyRole).toString();
        if (!key.isEmpty())
            emit groupChosen(key);
        else
            emit pageChosen(static_cast<Page>(item->data(0, PageRole).toInt()));
    });
    retranslate();
}

QString NavigationTree::groupText(const QueueGroup& g)
{
    return g.overdue > 0 ? tr("%1 %2, overdue %3").arg(g.label).arg(g.count).arg(g.overdue)
                         : tr("%1 %2").arg(g.label).arg(g.count);
}

void NavigationTree::setGroups(const QList<QueueGroup>& groups)
{
    m_groups = groups;
    m_counting = false;
    showGroups();
}

void NavigationTree::showGroups()
{
    const QList<QueueGroup>& groups = m_groups;
    const QSignalBlocker block(this);
    while (m_myWork->childCount() < groups.size())
        new QTreeWidgetItem(m_myWork);
    while (m_myWork->childCount() > groups.size())
        delete m_myWork->takeChild(m_myWork->childCount() - 1);
    qint64 total = 0;
    qint64 overdue = 0;
    for (int i = 0; i < groups.size(); ++i) {
        const QueueGroup& g = groups.at(i);
        QTreeWidgetItem* item = m_myWork->child(i);
        item->setText(0, groupText(g));
        item->setData(0, KeyRole, g.key);
        item->setForeground(0, g.overdue > 0 ? QBrush(Palette::overdue(palette())) : QBrush());
        item->setData(0, Qt::AccessibleTextRole, item->text(0));
        total += g.count;
        overdue += g.overdue;
    }
    if (m_counting)
        m_myWork->setText(0, tr("My work (counting…)"));
    else
        m_myWork->setText(0,
                          overdue > 0 ? tr("My work (%1, overdue %2)").arg(total).arg(overdue)
                                      : tr("My work (%1)").arg(total));
    m_myWork->setData(0, Qt::AccessibleTextRole, m_myWork->text(0));
    m_myWork->setExpanded(true);
}

void NavigationTree::retranslate()
{
    for (const auto& p : std::as_const(m_pages)) {
        switch (p.first) {
        case Page::MyWork:
            break;
        case Page::NewCase:
            p.second->setText(0, tr("New case (customer's call)"));
            break;
        case Page::Cases:
            p.second->setText(0, tr("All cases"));
            break;
        case Page::FlowChart:
            p.second->setText(0, tr("Flow chart"));
            break;
        }
    }
    setAccessibleName(tr("Navigation"));
    showGroups();
}

QTreeWidgetItem* NavigationTree::groupItem(const QString& key) const
{
    for (int i = 0; i < m_myWork->childCount(); ++i)
        if (m_myWork->child(i)->data(0, KeyRole).toString() == key)
            return m_myWork->child(i);
    return nullptr;
}

QTreeWidgetItem* NavigationTree::pageItem(Page page) const
{
    for (const auto& p : m_pages)
        if (p.first == page)
            return p.second;
    return nullptr;
}

void NavigationTree::changeEvent(QEvent* event)
{
    // The overdue colour is the palette's: a switch to a dark desktop recolours the headings.
    if (event->type() == QEvent::PaletteChange && !m_counting)
        showGroups();
    QTreeWidget::changeEvent(event);
}
