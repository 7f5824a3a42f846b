#include "reference/ReferenceNames.h"

#include "db/Sql.h"

ReferenceNames ReferenceNames::loadChinese(const QSqlDatabase& db)
{
    static const char* const tables[] = {"units", "grades", "defect_categories", "defect_causes"};
    ReferenceNames names;
    for (int i = 0; i < 4; ++i) {
        QSqlQuery q = Sql::exec(
            db,
            QStringLiteral("SELECT id, name_zh FROM %1 WHERE name_zh <> ''").arg(QLatin1String(tables[i])));
        while (q.next())
            names.m_names[i].insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return names;
}

QString ReferenceNames::name(List list, qint64 id, const QString& stored) const
{
    return m_names[static_cast<int>(list)].value(id, stored);
}
