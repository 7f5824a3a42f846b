#pragma once

#include "transfer/ImportProblem.h"

#include <QList>
#include <QString>

// How an import goes: all or nothing (a file with a bad row imports nothing) unless only the
// good rows are wanted; an entry whose key is already in the database is refused or updated.
struct ImportOptions
{
    enum class OnExisting
    {
        Refuse,
        Update,
    };
    bool dryRun = false; // check every row as if importing, keep nothing
    bool goodRowsOnly = false;
    OnExisting onExisting = OnExisting::Refuse;
    QString source; // the file's name, kept in the audit log with every entry it created
};

// What an import did, or would have done (a dry run, a refused file).
struct ImportResult
{
    int rows = 0; // rows of the file read
    int added = 0;
    int updated = 0;
    int unchanged = 0; // found with the same values (an update that changed nothing)
    QList<ImportProblem> problems; // every bad row, by line
    bool committed = false; // the database holds the rows now
    int badRows() const;
};
