#pragma once

#include "reference/ReferenceTypes.h"

#include <QDateTime>
#include <QList>

class Clock;
class DateTimeField;
class QComboBox;
class QTimeZone;
class QPlainTextEdit;
class QWidget;

// Small factories for the fields every form uses, set up for work at the keyboard:
// Tab leaves a text box; a date and time is typed ("3/12 14:00", "tomorrow 9:00", "+3d") in the
// company's time zone and read back in UTC.
namespace Fields {
QPlainTextEdit* text(QWidget* parent, int lines = 3);
DateTimeField* dateTime(QWidget* parent, const QDateTime& value, const Clock& clock, const QTimeZone& zone);
// The moment typed, in UTC; what cannot be read is shown next to the field and thrown as a UserError.
QDateTime utc(DateTimeField* field);
// Fills a combo box with the items (id as data), with a first "choose" entry when placeholder is given.
void fill(QComboBox* combo, const QList<NamedItem>& items, const QString& placeholder = {});
qint64 id(const QComboBox* combo);
void select(QComboBox* combo, qint64 id);
} // namespace Fields
