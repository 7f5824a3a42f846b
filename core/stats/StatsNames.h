#pragma once

#include "cases/CaseFilter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// The names the statistics label their categories with, in the language of the reader or of
// the document (Chinese names from the lists where the company entered them).
class StatsNames
{
public:
    enum class List
    {
        Categories,
        Causes,
        Models,
        Lines,
        Customers,
        Units,
        Technicians,
        Agencies
    };
    StatsNames(const QSqlDatabase& db, bool chinese);

    static List listOf(CaseCut cut);
    // Every entry of the list, id -> name (inactive ones too: old cases still name them).
    QHash<qint64, QString> all(List list) const;
    // The product line of every model: model id -> product_lines.id.
    QHash<qint64, qint64> modelLines() const;

private:
    QSqlDatabase m_db;
    bool m_chinese;
};
