#pragma once

#include <QStringList>

class QTableWidget;
class QTableWidgetItem;
class QWidget;

// The lists of the customer loops' pages set up one way: whole rows selected one at a time,
// read-only cells, the last column stretched, no row numbers. A page reads its rows a page at a
// time by key and appends them (Show more), never by offset.
namespace LoopTable {
QTableWidget* make(QWidget* parent, const QString& objectName, const QStringList& headers);
QTableWidgetItem* cell(const QString& text);
// Appends a row of texts; returns its index.
int append(QTableWidget* table, const QStringList& texts);
// The selected row, or -1 when nothing is selected.
int selectedRow(const QTableWidget* table);
} // namespace LoopTable
