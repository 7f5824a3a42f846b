#include "cases/CaseTableView.h"

#include "cases/CaseRowFormat.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSettings>

CaseTableView::CaseTableView(const QString& settingsKey, QWidget* parent)
    : QTableView(parent)
    , m_settingsKey(settingsKey)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, &CaseTableView::showColumnMenu);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(CaseRowFormat::IdRole).toLongLong();
        if (id > 0)
            emit caseActivated(id);
    });
}

qint64 CaseTableView::currentCaseId() const
{
    return currentIndex().isValid() ? currentIndex().data(CaseRowFormat::IdRole).toLongLong() : 0;
}

QList<qint64> CaseTableView::selectedCaseIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex& i : rows)
        ids.append(i.data(CaseRowFormat::IdRole).toLongLong());
    if (ids.isEmpty() && currentCaseId() > 0)
        ids.append(currentCaseId());
    return ids;
}

void CaseTableView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentCaseId() > 0) {
        emit caseActivated(currentCaseId());
        return;
    }
    QTableView::keyPressEvent(event);
}

void CaseTableView::restoreColumns()
{
    const QByteArray state = QSettings().value(m_settingsKey).toByteArray();
    if (!state.isEmpty() && horizontalHeader()->restoreState(state))
        return;
    const QList<int> widths {115, 125, 170, 100, 120, 50, 140, 200, 150};
    for (int c = 0; c < widths.size(); ++c)
        setColumnWidth(c, widths.at(c));
}

void CaseTableView::saveColumns() const
{
    QSettings().setValue(m_settingsKey, horizontalHeader()->saveState());
}

void CaseTableView::showColumnMenu(const QPoint& pos)
{
    if (!model())
        return;
    QMenu menu(this);
    for (int c = 0; c < model()->columnCount(); ++c) {
        QAction* a = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            setColumnHidden(c, !on);
            saveColumns();
        });
    }
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

void CaseTableView::keepingPlace(const std::function<void()>& change)
{
    const QModelIndex top = indexAt(QPoint(0, 0));
    const QPersistentModelIndex anchor = top.isValid() && top.row() > 0 ? top : QModelIndex();
    change();
    if (anchor.isValid())
        scrollTo(anchor, QAbstractItemView::PositionAtTop);
}

CaseTableView::Place CaseTableView::place() const
{
    Place p;
    const QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex& i : rows)
        p.selected.append(i.data(CaseRowFormat::IdRole).toLongLong());
    p.current = currentCaseId();
    p.top = indexAt(QPoint(0, 0)).data(CaseRowFormat::IdRole).toLongLong();
    return p;
}

void CaseTableView::restorePlace(const Place& p)
{
    if (!model() || !selectionModel())
        return;
    QItemSelection selection;
    QModelIndex current;
    QModelIndex top;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const QModelIndex i = model()->index(r, 0);
        const qint64 id = i.data(CaseRowFormat::IdRole).toLongLong();
        if (p.selected.contains(id))
            selection.select(i, model()->index(r, model()->columnCount() - 1));
        if (id == p.current)
            current = i;
        if (id == p.top && r > 0)
            top = i;
    }
    if (current.isValid())
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (top.isValid())
        scrollTo(top, QAbstractItemView::PositionAtTop);
}
