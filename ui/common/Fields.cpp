#include "common/Fields.h"

#include <QComboBox>
#include <QDateTimeEdit>
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

QDateTimeEdit* Fields::dateTime(QWidget* parent, const QDateTime& value)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setDateTime(value.isValid() ? value.toLocalTime() : QDateTime::currentDateTime());
    return edit;
}

QDateTime Fields::utc(const QDateTimeEdit* edit)
{
    return edit->dateTime().toUTC();
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
