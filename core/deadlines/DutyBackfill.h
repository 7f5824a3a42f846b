#pragma once

#include <QSqlDatabase>

#include <functional>

// Fills case_duties for the open cases of a database made before migration 016, which asks for
// it with the setting duties.needs_rebuild: the deadlines need the company's calendar and time
// zone, which SQL alone does not know. Run when the database is opened for writing; a few
// hundred cases a transaction, so other programs' saves are not held up, and an interrupted
// run starts again the next time (each case's duties are replaced whole).
class DutyBackfill
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Returns the number of cases whose duties were written (0 when nothing was asked).
    static qint64 runIfAsked(const QSqlDatabase& db, const Progress& progress = {});
    static qint64 run(const QSqlDatabase& db, const Progress& progress = {});
};
