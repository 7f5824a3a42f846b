#pragma once

#include <QString>

class ListEditDialog;
class ReferencePicker;
class QWidget;

// Driving the lists window's forms as a person would (issue 11).
namespace ListGui {
// Types into a field of the form (a line or a text box), replacing what was there.
void type(ListEditDialog* dialog, const QString& key, const QString& text);
// Types part of an entry's name into a picker and takes the first the completion offers.
void pick(ReferencePicker* picker, const QString& text);
// Saves the screen to <build>/screenshots/lists/NAME_LANG.png.
void shoot(QWidget* w, const QString& name, const QString& lang);
} // namespace ListGui
