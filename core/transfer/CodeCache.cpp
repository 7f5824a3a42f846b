#include "transfer/CodeCache.h"

#include "db/BulkStatement.h"
#include "db/Sql.h"
#include "lists/ListSpec.h"

CodeCache::CodeCache(const QSqlDatabase& db, const ListSpec& spec)
{
    if (spec.keyField.isEmpty())
        return;
    QString sql = QStringLiteral("SELECT t.id, t.%1, %2 FROM %3 t WHERE t.id > ?")
                      .arg(spec.keyField, spec.hasActive ? QStringLiteral("t.active") : QStringLiteral("1"),
                           spec.table);
    if (!spec.fixedWhere.isEmpty())
        sql += QStringLiteral(" AND ") + spec.whereSql(QStringLiteral("t"));
    sql += QStringLiteral(" ORDER BY t.id LIMIT 1000");
    BulkStatement& page = Sql::prepared(db, sql);
    qint64 after = 0;
    for (;;) {
        page.bind(1, after);
        int rows = 0;
        while (page.next()) {
            ++rows;
            after = page.int64Value(0);
            if (!page.isNull(1))
                m_entries.insert(page.textValue(1), {after, page.int64Value(2) != 0});
        }
        if (rows < 1000)
            break;
    }
}

const CodeCache::Entry* CodeCache::find(const QString& code) const
{
    const auto it = m_entries.constFind(code);
    return it == m_entries.cend() ? nullptr : &*it;
}
