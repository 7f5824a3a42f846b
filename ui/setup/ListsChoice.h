#pragma once

// The last question of the first-start setup (issue 11, item 1): how the company's lists
// (customers, products, serials, staff...) get into the new database. FirstStartChoice acts on it.
enum class ListsChoice
{
    EnterNow, // type them in the lists' windows
    Import, // import them from files
    Later, // just open the main window
};
