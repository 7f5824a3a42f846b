#include "lists/ListQuery.h"

#include "db/Dialect.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "lists/ListSpec.h"

#include <QRegularExpression>

namespace {
QString likePattern(const QString& word)
{
    QString p = word;
    p.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + p + u'%';
}

QString referenceDisplay(const ListField& f, const QString& column, bool chinese)
{
    const ListSpec& target = ListSpecs::get(f.refList);
    return QStringLiteral("(SELECT %1 FROM %2 r WHERE r.%3 = %4)")
        .arg(target.displaySql(QStringLiteral("r"), chinese), target.table, f.refKey, column);
}
} // namespace

ListQuery::ListQuery(QSqlDatabase db, const ListSpec& spec)
    : m_db(std::move(db))
    , m_spec(spec)
{
}

QList<ListColumnInfo> ListQuery::columns() const
{
    QList<ListColumnInfo> list;
    for (const ListField& f : m_spec.fields)
        if (f.has(FieldFlag::Column))
            list.append({f.key, ListSpecs::translated(f.label), f.has(FieldFlag::Sortable)});
    for (const ListColumn& c : m_spec.extraColumns)
        list.append({QString(), ListSpecs::translated(c.label), false});
    return list;
}

QString ListQuery::cellExpression(const ListField& f) const
{
    switch (f.kind) {
    case FieldKind::Reference:
        return referenceDisplay(f, u"t." + f.key, m_chinese);
    case FieldKind::Set: {
        const ListSpec& target = ListSpecs::get(f.refList);
        return QStringLiteral("(SELECT %1 FROM %2 s JOIN %3 r ON r.%4 = s.%5 WHERE s.%6 = t.id)")
            .arg(Dialect::groupConcat(m_db, target.displaySql(QStringLiteral("r"), m_chinese),
                                      QStringLiteral("', '")),
                 f.setTable, target.table, f.refKey, f.setMember, f.setOwner);
    }
    default:
        return u"t." + f.key;
    }
}

QString ListQuery::sortExpression(const QString& key) const
{
    const ListField* f = m_spec.field(key.isEmpty() ? m_spec.defaultSort : key);
    if (!f || !f->has(FieldFlag::Sortable))
        f = m_spec.field(m_spec.defaultSort);
    if (f->kind == FieldKind::Reference)
        return QStringLiteral("coalesce(%1, '')").arg(referenceDisplay(*f, u"t." + f->key, m_chinese))
            + binaryText();
    // Keyset comparisons need a value on every row; NOT NULL columns stay bare so an index serves them.
    const bool nullable
        = !f->has(FieldFlag::Required) && (f->kind == FieldKind::Integer || f->kind == FieldKind::Date);
    if (nullable)
        return QStringLiteral("coalesce(t.%1, -1)").arg(f->key);
    const bool text
        = f->kind != FieldKind::Integer && f->kind != FieldKind::Date && f->kind != FieldKind::Bool;
    return u"t." + f->key + (text ? binaryText() : QString());
}

QString ListQuery::binaryText() const
{
    // SQLite compares text byte by byte (BINARY); a server by the database's collation, which
    // sorts "apple" before "Banana" unless the database was made with C.UTF-8. "C" compares
    // bytes too, so both engines show a list in the same order (and page it the same way).
    return Sql::isServer(m_db) ? QStringLiteral(" COLLATE \"C\"") : QString();
}

QString ListQuery::where(const ListFilter& filter, QVariantList& binds) const
{
    QStringList where;
    if (!m_spec.fixedWhere.isEmpty())
        where.append(m_spec.whereSql(QStringLiteral("t")));
    if (m_spec.hasActive && !filter.includeInactive)
        where.append(QStringLiteral("t.active = 1"));
    if (filter.parentId != 0 && !m_spec.parentField.isEmpty()) { // -1: a parent not saved yet, no entries
        where.append(QStringLiteral("t.%1 = ?").arg(m_spec.parentField));
        binds.append(filter.parentId);
    }
    if (const ListField* flag = m_spec.field(filter.onlyFlag); flag && flag->kind == FieldKind::Bool)
        where.append(QStringLiteral("t.%1 = 1").arg(flag->key));
    const QString text = filter.search.trimmed();
    if (!text.isEmpty()) {
        QStringList any;
        for (const ListField& f : m_spec.fields)
            if (f.has(FieldFlag::SearchPrefix)) {
                any.append(QStringLiteral("(t.%1 >= ? AND t.%1 < ?)").arg(f.key));
                binds.append(text);
                binds.append(QString(text + QString::fromUcs4(U"\U0010FFFF")));
            }
        QStringList words;
        for (const QString& word :
             text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            QStringList fields;
            for (const ListField& f : m_spec.fields)
                if (f.has(FieldFlag::Search)) {
                    fields.append(
                        QStringLiteral("t.%1 %2 ? ESCAPE '\\'").arg(f.key, Dialect::likeAnyCase(m_db)));
                    binds.append(likePattern(word));
                }
            if (!fields.isEmpty())
                words.append(u'(' + fields.join(QStringLiteral(" OR ")) + u')');
        }
        if (!words.isEmpty())
            any.append(u'(' + words.join(QStringLiteral(" AND ")) + u')');
        if (!any.isEmpty())
            where.append(u'(' + any.join(QStringLiteral(" OR ")) + u')');
    }
    return where.isEmpty() ? QStringLiteral("1 = 1") : where.join(QStringLiteral(" AND "));
}

QList<ListRow> ListQuery::page(const ListFilter& filter, const ListCursor& after, int limit) const
{
    QList<const ListField*> shown;
    QStringList cells;
    for (const ListField& f : m_spec.fields)
        if (f.has(FieldFlag::Column)) {
            shown.append(&f);
            cells.append(cellExpression(f));
        }
    for (const ListColumn& c : m_spec.extraColumns)
        cells.append(c.sql);
    const QString sort = sortExpression(filter.sortKey);
    QVariantList binds;
    QString sql = QStringLiteral("SELECT t.id, %1, %2, %3 FROM %4 t WHERE ")
                      .arg(m_spec.hasActive ? QStringLiteral("t.active") : QStringLiteral("1"),
                           cells.join(u','), sort, m_spec.table)
        + where(filter, binds);
    if (!after.isStart()) {
        sql += QStringLiteral(" AND (%1, t.id) %2 (?, ?)")
                   .arg(sort, filter.descending ? QStringLiteral("<") : QStringLiteral(">"));
        binds.append(after.sortValue);
        binds.append(after.id);
    }
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    sql += QStringLiteral(" ORDER BY %1%2, t.id%2 LIMIT ?").arg(sort, direction);
    binds.append(limit);
    QList<ListRow> rows;
    QSqlQuery q = Sql::exec(m_db, sql, binds);
    const int sortColumn = 2 + static_cast<int>(cells.size());
    while (q.next()) {
        ListRow row;
        row.id = q.value(0).toLongLong();
        row.active = q.value(1).toInt() != 0;
        for (int i = 0; i < cells.size(); ++i) {
            const QVariant v = q.value(2 + i);
            const ListField* f = i < shown.size() ? shown[i] : nullptr;
            if (v.isNull()) { // empty; PostgreSQL's null number would read "0"
                row.cells.append(QString());
            } else if (!f) {
                row.cells.append(v.toString());
            } else if (f->kind == FieldKind::Date) {
                row.cells.append(RecordWriter::storedDate(v).toString(Qt::ISODate));
            } else if (f->kind == FieldKind::Bool) {
                row.cells.append(v.toInt() != 0 ? tr("Yes") : QString());
            } else if (f->kind == FieldKind::Choice) {
                const int index = static_cast<int>(f->choices.indexOf(v.toString()));
                row.cells.append(index >= 0 ? ListSpecs::translated(f->choiceLabels.value(index))
                                            : v.toString());
            } else {
                row.cells.append(v.toString());
            }
        }
        row.cursor = {q.value(sortColumn), row.id};
        rows.append(row);
    }
    return rows;
}

qint64 ListQuery::count(const ListFilter& filter) const
{
    QVariantList binds;
    const QString sql
        = QStringLiteral("SELECT count(*) FROM %1 t WHERE ").arg(m_spec.table) + where(filter, binds);
    return Sql::scalar(m_db, sql, binds).toLongLong();
}

QList<NamedItem> ListQuery::pick(const QString& containing, int limit, qint64 parentId) const
{
    const QString display = m_spec.displaySql(QStringLiteral("t"), m_chinese);
    QVariantList binds {likePattern(containing.trimmed())};
    QString sql = QStringLiteral("SELECT t.id, %1, %2 FROM %3 t WHERE (%2) %4 ? ESCAPE '\\'")
                      .arg(m_spec.keyField.isEmpty() ? QStringLiteral("''") : u"t." + m_spec.keyField,
                           display, m_spec.table, Dialect::likeAnyCase(m_db));
    if (m_spec.hasActive)
        sql += QStringLiteral(" AND t.active = 1");
    if (!m_spec.fixedWhere.isEmpty())
        sql += QStringLiteral(" AND ") + m_spec.whereSql(QStringLiteral("t"));
    if (parentId > 0 && !m_spec.parentField.isEmpty()) {
        sql += QStringLiteral(" AND t.%1 = ?").arg(m_spec.parentField);
        binds.append(parentId);
    }
    sql += QStringLiteral(" ORDER BY (%1)%2 LIMIT ?").arg(display, binaryText());
    binds.append(limit);
    QList<NamedItem> items;
    QSqlQuery q = Sql::exec(m_db, sql, binds);
    while (q.next())
        items.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return items;
}

QString ListQuery::display(qint64 id) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ?")
                           .arg(m_spec.displaySql(QStringLiteral("t"), m_chinese), m_spec.table),
                       {id})
        .toString();
}
