#include "lists/ListReferences.h"

#include "db/BulkStatement.h"
#include "db/Sql.h"
#include "lists/ListSpec.h"

ListReferences::ListReferences(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ListReferences::Found ListReferences::read(const ListSpec& spec, const QString& refKey, const QString& where,
                                           QVariantList binds, qint64 withinParent) const
{
    const QString parent = spec.parentField.isEmpty() ? QStringLiteral("0") : u"r." + spec.parentField;
    const QString active = spec.hasActive ? QStringLiteral("r.active") : QStringLiteral("1");
    QString sql = QStringLiteral("SELECT r.id, %1, %2, %3, r.%4 FROM %5 r WHERE ")
                      .arg(active, parent, spec.displaySql(QStringLiteral("r")), refKey, spec.table)
        + where;
    if (!spec.fixedWhere.isEmpty())
        sql += QStringLiteral(" AND ") + spec.whereSql(QStringLiteral("r"));
    if (withinParent > 0 && !spec.parentField.isEmpty()) {
        sql += QStringLiteral(" AND r.%1 = ?").arg(spec.parentField);
        binds.append(withinParent);
    }
    sql += QStringLiteral(" LIMIT 2");
    BulkStatement& q = Sql::prepared(m_db, sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i + 1, binds.at(i));
    Found found;
    if (q.next()) {
        found.exists = true;
        found.id = q.int64Value(0);
        found.active = q.int64Value(1) != 0;
        found.parentId = q.int64Value(2);
        found.display = q.textValue(3);
        found.stored = q.value(4);
        if (q.next()) // the text names two entries: not a reference
            found = Found();
    }
    q.reset();
    return found;
}

ListReferences::Found ListReferences::find(const ListField& field, const QVariant& value,
                                           qint64 withinParent) const
{
    const ListSpec& spec = ListSpecs::get(field.refList);
    const int type = value.typeId();
    if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::ULongLong
        || type == QMetaType::UInt)
        return read(spec, field.refKey, QStringLiteral("r.id = ?"), {value.toLongLong()}, withinParent);
    const QString text = value.toString().trimmed();
    Found found;
    if (!spec.keyField.isEmpty())
        found = read(spec, field.refKey, QStringLiteral("r.%1 = ?").arg(spec.keyField), {text}, withinParent);
    if (!found.exists)
        found = read(spec, field.refKey, QStringLiteral("(%1) = ?").arg(spec.displaySql(QStringLiteral("r"))),
                     {text}, withinParent);
    return found;
}

ListReferences::Found ListReferences::findStored(const ListField& field, const QVariant& stored) const
{
    if (field.refKey == QLatin1String("id"))
        return find(field, stored.toLongLong());
    return read(ListSpecs::get(field.refList), field.refKey, QStringLiteral("r.%1 = ?").arg(field.refKey),
                {stored}, 0);
}
