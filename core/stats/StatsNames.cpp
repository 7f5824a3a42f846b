#include "stats/StatsNames.h"

#include "db/Sql.h"

StatsNames::StatsNames(const QSqlDatabase& db, bool chinese)
    : m_db(db)
    , m_chinese(chinese)
{
}

StatsNames::List StatsNames::listOf(CaseCut cut)
{
    switch (cut) {
    case CaseCut::Cause:
        return List::Causes;
    case CaseCut::Model:
        return List::Models;
    case CaseCut::Line:
        return List::Lines;
    case CaseCut::Customer:
        return List::Customers;
    case CaseCut::Unit:
        return List::Units;
    case CaseCut::Defect:
    case CaseCut::None:
        break;
    }
    return List::Categories;
}

QHash<qint64, QString> StatsNames::all(List list) const
{
    // The English name, and the Chinese one where the list has it; a model is known by its code.
    static const char* const selects[] = {
        "SELECT id, name, name_zh FROM defect_categories", "SELECT id, name, name_zh FROM defect_causes",
        "SELECT id, code, code FROM product_models",       "SELECT id, name, name_zh FROM product_lines",
        "SELECT id, name, name_zh FROM customers",         "SELECT id, name, name_zh FROM units",
        "SELECT id, name, name FROM technicians",          "SELECT id, name, name FROM service_agencies",
    };
    QHash<qint64, QString> names;
    QSqlQuery q = Sql::exec(m_db, QString::fromLatin1(selects[static_cast<int>(list)]));
    while (q.next()) {
        const QString zh = q.value(2).toString();
        names.insert(q.value(0).toLongLong(), m_chinese && !zh.isEmpty() ? zh : q.value(1).toString());
    }
    return names;
}

QHash<qint64, qint64> StatsNames::modelLines() const
{
    QHash<qint64, qint64> lines;
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT m.id, l.id FROM product_models m JOIN product_lines l ON l.code = m.product_line"));
    while (q.next())
        lines.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return lines;
}
