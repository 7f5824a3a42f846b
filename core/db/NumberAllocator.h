#pragma once

#include <QSqlDatabase>
#include <QString>

// Document numbers such as QI-2026-00001 (cases) and FS-2026-00001 (feedback sheets):
// one counter per kind and year, taken inside the caller's write transaction. On a server the
// upsert locks the counter's row until that transaction ends, so a second save waits for the
// first and a rolled-back save's number is given again: gapless on success. A number
// exists only once the record that carries it is saved; records that carry numbers cannot
// be deleted, so a number never goes to a second record.
class NumberAllocator
{
public:
    static QString next(const QSqlDatabase& db, const QString& prefix, int year);
};
