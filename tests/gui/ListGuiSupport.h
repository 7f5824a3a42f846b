#pragma once

#include <QString>

class Database;
class ListEditDialog;
class ListsWindow;
class MainWindow;
class ReferencePicker;
class QWidget;
struct User;

// Driving the lists window's forms as a person would (issue 11).
namespace ListGui {
// Types into a field of the form (a line or a text box), replacing what was there.
void type(ListEditDialog* dialog, const QString& key, const QString& text);
// Types part of an entry's name into a picker and takes the first the completion offers.
void pick(ReferencePicker* picker, const QString& text);
// Saves the screen to <build>/screenshots/lists/NAME_LANG.png.
void shoot(QWidget* w, const QString& name, const QString& lang);
// The first administrator of a new database ("admin"), as the first start makes one.
User firstAdministrator(Database& db);
// Administration > Lists… of the window, open.
ListsWindow* openLists(MainWindow& window);
// Add on the list's page: its form for a new entry, shown.
ListEditDialog* openAdd(ListsWindow* lists, const QString& listId);
} // namespace ListGui
