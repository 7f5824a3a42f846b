#include "improvement/ImprovementList.h"

#include <QHeaderView>
#include <QTableWidget>

namespace ImprovementList {
QTableWidget* make(QWidget* parent, const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

void addRow(QTableWidget* table, const QStringList& cells, qint64 id, const QColor& colour)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        if (colour.isValid())
            item->setForeground(colour);
        table->setItem(row, column, item);
    }
}

qint64 selectedId(const QTableWidget* table)
{
    const QList<QTableWidgetItem*> items = table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}
} // namespace ImprovementList
