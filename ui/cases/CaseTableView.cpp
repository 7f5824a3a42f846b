#include "cases/CaseTableView.h"

#include "cases/CaseRowFormat.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>

CaseTableView::CaseTableView(const QString& settingsKey, QWidget* parent)
    : QTableView(parent)
    // "2": the columns saved before they were sized to their content are not taken back.
    , m_settingsKey(settingsKey + QStringLiteral("2"))
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
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this]() {
        if (!m_fitting && QApplication::mouseButtons() != Qt::NoButton)
            m_userSized = true; // dragged by the user: theirs from now on
    });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, [this]() { m_userSized = true; });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit rowActivated(index.row());
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
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit rowActivated(currentIndex().row());
        if (currentCaseId() > 0)
            emit caseActivated(currentCaseId());
        return;
    }
    QTableView::keyPressEvent(event);
}

void CaseTableView::restoreColumns()
{
    const QByteArray state = QSettings().value(m_settingsKey).toByteArray();
    if (!state.isEmpty() && horizontalHeader()->restoreState(state)) {
        m_userSized = true;
        return;
    }
    fitColumns();
}

void CaseTableView::saveColumns() const
{
    if (m_userSized) // columns sized to the content are sized again on the next start
        QSettings().setValue(m_settingsKey, horizontalHeader()->saveState());
}

void CaseTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void CaseTableView::fitColumns()
{
    if (m_userSized || !model() || model()->columnCount() != CaseRowFormat::ColumnCount)
        return;
    const QFontMetrics text = fontMetrics();
    const QFontMetrics head = horizontalHeader()->fontMetrics();
    const QString when = QStringLiteral("2026-12-28 23:59"); // as CaseRowFormat shows times
    // The widest value a column usually holds; empty for the columns that give way.
    const QStringList samples {QStringLiteral("QI-2026-00000"),
                               when,
                               {},
                               QStringLiteral("Q41F-16C-100"),
                               QStringLiteral("SN20260000000"),
                               QStringLiteral("A"),
                               {},
                               {},
                               QCoreApplication::translate("CaseRowFormat", "%1 (overdue)").arg(when)};
    const int unit = text.averageCharWidth();
    // The due column may lose " (overdue)", never the time.
    QList<int> preferred {
        0, 0, 30 * unit, 0, 0, 0, 18 * unit, 22 * unit, text.horizontalAdvance(samples.last()) + 12};
    const QList<int> least {0,        0,        10 * unit,
                            0,        0,        0,
                            6 * unit, 8 * unit, text.horizontalAdvance(when + QStringLiteral(" …")) + 12};
    // A column that holds nothing in the rows shown (no deadline in a queue of cases waiting to
    // be recorded) keeps only its heading's width and leaves its room to the others.
    QList<int> held;
    QList<bool> empty;
    for (int c = 0; c < preferred.size(); ++c) {
        held.append(widestText(c));
        empty.append(model()->rowCount() > 0 && held.at(c) == 0);
        if (empty.at(c))
            preferred[c] = 0;
        else if (preferred.at(c) > 0 && held.at(c) > 0) // no wider than what it holds
            preferred[c] = std::max(least.at(c), std::min(preferred.at(c), held.at(c)));
    }
    QList<int> widths;
    int fixed = 0, flexible = 0, room = 0;
    for (int c = 0; c < CaseRowFormat::ColumnCount; ++c) {
        const int header = head.horizontalAdvance(model()->headerData(c, Qt::Horizontal).toString()) + 20;
        const int content
            = samples.at(c).isEmpty() || empty.at(c) ? 0 : text.horizontalAdvance(samples.at(c)) + 12;
        const int w = std::max({header, content, preferred.at(c)});
        widths.append(w);
        if (isColumnHidden(c))
            continue;
        if (preferred.at(c) > 0) {
            flexible += w;
            room += w - std::max(least.at(c), header);
        } else {
            fixed += w;
        }
    }
    // Too wide for the view: the flexible columns give up part of their room, each alike.
    // The room as if the vertical scroll bar were there: it comes when the rows do.
    const int available = width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width() - 2;
    int excess = fixed + flexible - available;
    const auto headerWidth = [&](int c) {
        return head.horizontalAdvance(model()->headerData(c, Qt::Horizontal).toString()) + 20;
    };
    // The due column first gives up " (overdue)" (its colour and tooltip still say so).
    const int due = CaseRowFormat::DueAt;
    if (excess > 0 && preferred.at(due) > 0 && !isColumnHidden(due)) {
        const int give = std::min(excess, widths.at(due) - std::max(least.at(due), headerWidth(due)));
        widths[due] -= give;
        excess -= give;
        room -= give;
    }
    if (excess > 0 && room > 0) {
        const double share = std::min(1.0, double(excess) / room);
        for (int c = 0; c < widths.size(); ++c)
            if (preferred.at(c) > 0)
                widths[c] -= int((widths.at(c) - std::max(least.at(c), headerWidth(c))) * share + 0.999);
    }
    // Room to spare: the columns cut short get it, not the last one (which would take it all).
    int spare = -excess;
    for (int c : {int(CaseRowFormat::Customer), int(CaseRowFormat::Status), int(CaseRowFormat::NextStep)}) {
        if (spare <= 0 || isColumnHidden(c))
            continue;
        const int more = std::min(spare, std::max(0, held.at(c) - widths.at(c)));
        widths[c] += more;
        spare -= more;
    }
    if (spare > 0 && model()->rowCount() > 0 && !isColumnHidden(CaseRowFormat::Customer))
        widths[CaseRowFormat::Customer] += spare; // the rest, rather than to the last column
    m_fitting = true;
    for (int c = 0; c < widths.size(); ++c)
        setColumnWidth(c, widths.at(c));
    m_fitting = false;
}

void CaseTableView::setModel(QAbstractItemModel* model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    // The widths follow what the rows hold: sized again when other rows come.
    connect(model, &QAbstractItemModel::modelReset, this, &CaseTableView::fitColumns);
    connect(model, &QAbstractItemModel::layoutChanged, this, &CaseTableView::fitColumns);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CaseTableView::fitColumns);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CaseTableView::fitColumns);
}

int CaseTableView::widestText(int column) const
{
    // The rows first read (a page is in memory; reading further rows is not worth a width).
    const int rows = std::min(model()->rowCount(), 64);
    int widest = 0;
    for (int r = 0; r < rows; ++r) {
        const QString value = model()->index(r, column).data().toString();
        if (!value.isEmpty())
            widest = std::max(widest, fontMetrics().horizontalAdvance(value) + 12);
    }
    return widest;
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
            m_userSized = true;
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
