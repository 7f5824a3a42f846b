#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

struct sqlite3;

// Copies every page of one SQLite database into another through SQLite's online backup API
// (sqlite3_backup_init/step/finish), a slice of pages per step so that progress can be shown.
//
// The source is read inside one read transaction held from the first step to the last. In WAL
// mode a reader never blocks a writer, so people keep saving while the copy runs; and because the
// snapshot cannot move, a save by another process does not make SQLite start the copy again (it
// restarts after every such save when each step takes a read transaction of its own: under a
// steady writer it never finishes). The copy is the database as it was when the first step ran.
class PageCopy
{
public:
    using Progress = std::function<void(qint64 donePages, qint64 totalPages)>;
    // Returns SQLITE_DONE, or the SQLite result code it stopped on (the destination is then
    // rolled back as it was). busyWaitMs: how long to keep trying while the destination is locked.
    // *stop true between two steps ends the copy with SQLITE_INTERRUPT.
    static int run(sqlite3* source, sqlite3* destination, int pagesPerStep, const Progress& progress = {},
                   int busyWaitMs = 30000, const std::atomic<bool>* stop = nullptr);
};
