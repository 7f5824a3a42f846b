#include "common/Fields.h"

#include "common/DateTimeField.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QPlainTextEdit>

QPlainTextEdit* Fields::text(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 14;
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(height + edit->fontMetrics().lineSpacing() * 3);
    return edit;
}

DateTimeField* Fields::dateTime(QWidget* parent, const QDateTime& value, const Clock& clock,
                                const QTimeZone& zone)
{
    auto* field = new DateTimeField(DateTimeField::Kind::DateTime, clock, zone, parent);
    field->setDateTime(value.isValid() ? value : clock.now());
    return field;
}

QDateTime Fields::utc(DateTimeField* field)
{
    return field->checkedDateTime();
}

void Fields::fill(QComboBox* combo, const QList<NamedItem>& items, const QString& placeholder)
{
    combo->clear();
    if (!placeholder.isEmpty())
        combo->addItem(placeholder, qint64(0));
    for (const NamedItem& item : items)
        combo->addItem(item.code.isEmpty() || item.code == item.name ? item.name : item.name, item.id);
}

qint64 Fields::id(const QComboBox* combo)
{
    return combo->currentData().toLongLong();
}

void Fields::select(QComboBox* combo, qint64 id)
{
    const int i = combo->findData(id);
    if (i >= 0)
        combo->setCurrentIndex(i);
}
