#include "reports/NameCache.h"

#include "db/BulkStatement.h"
#include "db/Sql.h"

NameCache::NameCache(QSqlDatabase db, const char* sql, int columns)
    : m_db(std::move(db))
    , m_sql(QString::fromLatin1(sql))
    , m_columns(columns)
{
}

const QStringList& NameCache::values(qint64 id)
{
    auto it = m_names.constFind(id);
    if (it != m_names.cend())
        return *it;
    BulkStatement& q = Sql::prepared(m_db, m_sql);
    q.bind(1, id);
    QStringList values;
    if (q.next()) {
        for (int i = 0; i < m_columns; ++i)
            values.append(q.textValue(i));
        q.reset();
    }
    return *m_names.insert(id, values);
}
