#pragma once

#include "main/Session.h"

#include <QBoxLayout>
#include <QColor>
#include <QPushButton>
#include <QStringList>

class QTableWidget;
class QWidget;

// The lists of the improvement window's pages (actions, groups) set up one way: whole rows chosen
// one at a time, read only, the last column stretched, no row numbers, each cell holding its
// row's id; the buttons below a list; a form opened on the chosen row.
namespace ImprovementList {
QTableWidget* make(QWidget* parent, const QString& objectName, const QStringList& headers);
// Appends a row of texts, each cell holding the row's id, in colour when one is given.
void addRow(QTableWidget* table, const QStringList& cells, qint64 id, const QColor& colour = {});
// The id of the chosen row, 0 when none is chosen.
qint64 selectedId(const QTableWidget* table);

// A button at the end of the row of buttons, calling the page's slot when clicked.
template<class Page, class Slot>
QPushButton* addButton(Page* page, QBoxLayout* row, const QString& text, const char* name, Slot slot)
{
    auto* button = new QPushButton(text, page);
    button->setObjectName(QLatin1String(name));
    QObject::connect(button, &QPushButton::clicked, page, slot);
    row->addWidget(button);
    return button;
}

// Opens form on the chosen row's item as Service loads it; true when the form saved.
template<class Service, class Item>
bool openOnSelected(Session& session, QWidget* page, const QTableWidget* table,
                    bool (*form)(Session&, QWidget*, const Item&))
{
    const qint64 id = selectedId(table);
    return id > 0 && form(session, page, session.make<Service>().load(id));
}
} // namespace ImprovementList
