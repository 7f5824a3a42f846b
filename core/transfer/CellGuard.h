#pragma once

#include <QString>

// Text that a spreadsheet would run as a formula (it starts with =, +, - or @, or with a tab or
// a carriage return) is written with an apostrophe in front, as OWASP advises for CSV files, so
// opening an export in Excel or WPS never runs anything. An import takes exactly that apostrophe
// away again: a text that itself starts with an apostrophe before one of those characters gets a
// second one on export, so every text comes back as it was (export, import, export is identical).
namespace CellGuard {
QString guarded(const QString& text);
QString unguarded(const QString& text);
} // namespace CellGuard
