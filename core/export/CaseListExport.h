#pragma once

#include "Clock.h"
#include "cases/CaseFilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// Every case a list shows under its filter and search, out to Excel (.xlsx, one sheet) or CSV
// (issue 13), read a thousand at a time by keyset, newest first, as the list shows them; the
// workbook is streamed (constant memory), so a list of a million cases takes no more memory than
// one of ten. Texts in the reader's language, times in the company's time zone.
class CaseListExport
{
    Q_DECLARE_TR_FUNCTIONS(CaseListExport)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Returns an error in words, empty on success; "xlsx" or "csv" from the path's suffix.
    static QString write(const QSqlDatabase& db, const Clock& clock, const CaseFilter& filter,
                         const QString& path, const Progress& progress = {});
    static QStringList header();
};
