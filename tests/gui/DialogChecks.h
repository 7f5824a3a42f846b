#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

// What a person would notice in a dialog on a small screen (issue 12.5 and 12.7), in words, so a
// test can say which dialog, which widget and what is wrong with it.
namespace DialogChecks {
// The screen the test runs on (ctest runs the dialog tests on a 1440x900 and on a 1280x720 screen
// of the offscreen platform: tests/gui/CMakeLists.txt).
QSize screen();

enum class Kind
{
    Form, // fields to fill and Save/Cancel: focus in the first field, no empty room, the keys
    Wizard, // a page of a wizard: focus in the first field, its own buttons, less than 2/5 of the page empty
    Tab, // another page of a form's tabs: as a form, but the focus and the height are the first page's
    Window, // a window of lists and tables: fits, nothing cut
};

// Everything wrong with the shown dialog on a screen of that size: larger than the screen, a
// child outside the dialog or cut off by its parent, a label or button whose text is cut, a label
// covered by another widget; for a form also the focus not in its first field, more than a line of
// empty room under the fields, no Save/OK for Ctrl+S or no Cancel for Esc.
QStringList problems(QWidget* dialog, QSize screen, Kind kind);
// Labels another widget lies over (the stray date box over the language's label).
int coveredLabels(QWidget* dialog);
// The folder the pictures go to: $QL_DIALOG_SHOTS, else qualityloop-dialog-shots in the temp folder.
QString shotDir();
// Shows the dialog (if it is not yet), checks it on screen(), and saves a picture NAME_WxH_LANG.png; then
// does the same for every other page of its tab widgets (NAME_tabN_...). Checks with Catch's CHECK.
void look(QWidget* dialog, const QString& name, Kind kind = Kind::Form);
// The same for a modal dialog that a call opens with exec(): look is run on it from inside that
// exec(), then it is closed with reject(). False when open showed no dialog.
bool lookAtModal(const std::function<void()>& open, const QString& name, Kind kind = Kind::Form);
} // namespace DialogChecks
