#pragma once

#include <QSize>

class QWidget;

// How big a dialog opens (issue 12.5): as tall as what it holds, so a short form has no empty room
// under its fields (which also pulled text boxes away from their labels), and never larger than the
// screen's free area (1280x720 with a panel): a long form scrolls instead.
namespace DialogFit {
// width wide (or as wide as the dialog needs, if more) and as tall as its contents at that width;
// a scroll area of the dialog counts with the whole height of what it scrolls. Call once the
// dialog's widgets are all made and translated.
void toContents(QWidget* dialog, int width);
// The size asked for (a window of tables, a picture), made smaller to fit on the screen.
void within(QWidget* dialog, QSize wanted);
} // namespace DialogFit
