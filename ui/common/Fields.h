#pragma once

#include "reference/ReferenceTypes.h"

#include <QDateTime>
#include <QList>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;
class QWidget;

// Small factories for the fields every form uses, set up for work at the keyboard:
// Tab leaves a text box, date-times show in local time and are read back in UTC.
namespace Fields {
QPlainTextEdit* text(QWidget* parent, int lines = 3);
QDateTimeEdit* dateTime(QWidget* parent, const QDateTime& value);
QDateTime utc(const QDateTimeEdit* edit);
// Fills a combo box with the items (id as data), with a first "choose" entry when placeholder is given.
void fill(QComboBox* combo, const QList<NamedItem>& items, const QString& placeholder = {});
qint64 id(const QComboBox* combo);
void select(QComboBox* combo, qint64 id);
} // namespace Fields
