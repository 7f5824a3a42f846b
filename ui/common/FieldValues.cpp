#include "common/FieldValues.h"

#include "common/DateTimeField.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace {
const QString dataKey = QStringLiteral("data");
const QString indexKey = QStringLiteral("index");

QJsonValue comboValue(const QComboBox* c)
{
    if (c->isEditable())
        return c->currentText();
    const QVariant data = c->currentData();
    if (data.isValid())
        return QJsonObject {{dataKey, data.toString()}};
    return QJsonObject {{indexKey, c->currentIndex()}};
}

void setCombo(QComboBox* c, const QJsonValue& value)
{
    if (c->isEditable()) {
        const QString text = value.toString();
        if (const int i = c->findText(text); i >= 0)
            c->setCurrentIndex(i);
        else
            c->setEditText(text);
        return;
    }
    const QJsonObject o = value.toObject();
    if (o.contains(indexKey)) {
        const int i = o.value(indexKey).toInt(-1);
        if (i >= 0 && i < c->count())
            c->setCurrentIndex(i);
        return;
    }
    const QString data = o.value(dataKey).toString();
    for (int i = 0; i < c->count(); ++i)
        if (c->itemData(i).isValid() && c->itemData(i).toString() == data) {
            c->setCurrentIndex(i);
            return;
        }
}

QJsonValue tableValue(const QTableWidget* table)
{
    QJsonArray cells;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int col = 0; col < table->columnCount(); ++col) {
            const QTableWidgetItem* item = table->item(r, col);
            const bool checkable = item && (item->flags() & Qt::ItemIsUserCheckable);
            cells.append(
                QJsonArray {item ? item->text() : QString(), checkable ? int(item->checkState()) : -1});
        }
    return cells;
}

void setTable(QTableWidget* table, const QJsonValue& value)
{
    const QJsonArray cells = value.toArray();
    int i = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int col = 0; col < table->columnCount(); ++col, ++i) {
            QTableWidgetItem* item = table->item(r, col);
            if (!item || i >= cells.size())
                continue;
            const QJsonArray cell = cells.at(i).toArray();
            // Only what a person can change: the names of the rows stay as the list has them.
            if ((item->flags() & Qt::ItemIsEditable) && item->text() != cell.at(0).toString())
                item->setText(cell.at(0).toString());
            const int check = cell.at(1).toInt(-1);
            if (check >= 0 && (item->flags() & Qt::ItemIsUserCheckable) && item->checkState() != check)
                item->setCheckState(static_cast<Qt::CheckState>(check));
        }
}
} // namespace

bool FieldValues::isField(const QWidget* w)
{
    if (qobject_cast<const QAbstractButton*>(w))
        return static_cast<const QAbstractButton*>(w)->isCheckable();
    return qobject_cast<const DateTimeField*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QComboBox*>(w)
        || qobject_cast<const QSpinBox*>(w) || qobject_cast<const QDoubleSpinBox*>(w)
        || qobject_cast<const QTableWidget*>(w);
}

QJsonValue FieldValues::read(const QWidget* field)
{
    if (auto* d = qobject_cast<const DateTimeField*>(field))
        return d->text(); // as typed: a draft keeps "2026-02-30" to be put right
    if (auto* e = qobject_cast<const QLineEdit*>(field))
        return e->text();
    if (auto* t = qobject_cast<const QPlainTextEdit*>(field))
        return t->toPlainText();
    if (auto* c = qobject_cast<const QComboBox*>(field))
        return comboValue(c);
    if (auto* s = qobject_cast<const QSpinBox*>(field))
        return s->value();
    if (auto* f = qobject_cast<const QDoubleSpinBox*>(field))
        return f->value();
    if (auto* b = qobject_cast<const QAbstractButton*>(field))
        return b->isChecked();
    if (auto* table = qobject_cast<const QTableWidget*>(field))
        return tableValue(table);
    return {};
}

void FieldValues::write(QWidget* field, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (auto* d = qobject_cast<DateTimeField*>(field)) {
        // A draft written before the field took typed text holds the moment in UTC.
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (at.isValid() && at.timeSpec() == Qt::UTC)
            d->setDateTime(at);
        else
            d->setText(value.toString());
    } else if (auto* e = qobject_cast<QLineEdit*>(field))
        e->setText(value.toString());
    else if (auto* t = qobject_cast<QPlainTextEdit*>(field))
        t->setPlainText(value.toString());
    else if (auto* c = qobject_cast<QComboBox*>(field))
        setCombo(c, value);
    else if (auto* s = qobject_cast<QSpinBox*>(field))
        s->setValue(value.toInt());
    else if (auto* f = qobject_cast<QDoubleSpinBox*>(field))
        f->setValue(value.toDouble());
    else if (auto* b = qobject_cast<QAbstractButton*>(field))
        b->setChecked(value.toBool());
    else if (auto* table = qobject_cast<QTableWidget*>(field))
        setTable(table, value);
}
