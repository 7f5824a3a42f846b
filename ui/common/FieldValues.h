#pragma once

#include <QJsonValue>

class QWidget;

// The value of one input field of a form as JSON, and back: what the form's undo remembers
// and what a draft keeps on disk. Line and text edits give their text, combo boxes the data of
// the chosen item (their text when editable), date-times UTC ISO 8601, spin boxes their
// number, check boxes true or false, tables their cells (text and check state).
namespace FieldValues {
// Null for a widget that is not an input field.
QJsonValue read(const QWidget* field);
// Sets the field from a value read() gave; a value that no longer fits (an item gone from a
// list) leaves the field as it is.
void write(QWidget* field, const QJsonValue& value);
// Whether the widget is an input field read() knows.
bool isField(const QWidget* widget);
} // namespace FieldValues
