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

qint64 selectedId(const QTableWidget* table)
{
    const QList<QTableWidgetItem*> items = table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}
} // namespace ImprovementList
