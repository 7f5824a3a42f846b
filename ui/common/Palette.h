#pragma once

#include <QColor>
#include <QDateTime>
#include <QPalette>

// Colours that stay readable in a light and a dark palette: overdue, due soon, on time, error.
namespace Palette {
bool isDark(const QPalette& palette);
QColor error(const QPalette& palette);
QColor overdue(const QPalette& palette);
QColor dueSoon(const QPalette& palette);
QColor onTime(const QPalette& palette);
// The colour of a deadline relative to now: overdue, within a day, or later; invalid when no date.
QColor deadline(const QPalette& palette, const QDateTime& dueAt, const QDateTime& now);
} // namespace Palette
