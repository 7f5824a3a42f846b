#pragma once

#include <QString>

// One reason a row (or the file) cannot be imported, in a clerk's words: the line of the file,
// the column (its header as the file has it; empty for the whole row) and what is wrong.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString message;

    bool operator==(const ImportProblem& o) const
    {
        return line == o.line && column == o.column && message == o.message;
    }
};
