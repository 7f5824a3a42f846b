#pragma once

#include "setup/ListsChoice.h"

#include <QCoreApplication>

class MainWindow;

// What the main window does right after the first-start setup, by the administrator's answer to
// "how do the lists get in". The windows of the lists and of the import are other features'
// (issue 11, items 2 and 4): each hooks in at its case in follow() (FirstStartChoice.cpp).
class FirstStartChoice
{
    Q_DECLARE_TR_FUNCTIONS(FirstStartChoice)
public:
    // Call once the main window is shown; the work starts from its event loop.
    static void follow(MainWindow& window, ListsChoice choice);
};
