#include "lists/ListService.h"

#include "UserError.h"
#include "db/BulkStatement.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/WriteScope.h"
#include "lists/ListRules.h"
#include "lists/ListSpec.h"
#include "lists/ListValidator.h"

namespace {
void requireMayChange(const User& actor, const ListSpec& spec)
{
    const QString refusal = ListRules::refusal(actor, spec);
    if (!refusal.isEmpty())
        throw UserError(refusal);
}

QString joined(const QVariantList& members)
{
    QStringList parts;
    for (const QVariant& m : members)
        parts.append(m.toString());
    return parts.join(u',');
}

QVariant fromStored(const ListField& f, const QVariant& v)
{
    if (v.isNull())
        return {};
    switch (f.kind) {
    case FieldKind::Integer:
        return v.toLongLong();
    case FieldKind::Bool:
        return v.toLongLong() != 0;
    case FieldKind::Date:
        return RecordWriter::storedDate(v);
    case FieldKind::Reference:
        return f.refKey == QLatin1String("id") ? QVariant(v.toLongLong()) : QVariant(v.toString());
    default:
        return v.toString();
    }
}
} // namespace

ListService::ListService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QVariantMap ListService::load(const QString& listId, qint64 id) const
{
    const ListSpec& spec = ListSpecs::get(listId);
    QStringList columns;
    QList<const ListField*> read;
    for (const ListField& f : spec.fields)
        if (f.kind != FieldKind::Set) {
            columns.append(u"t." + f.key);
            read.append(&f);
        }
    columns.append(spec.hasActive ? QStringLiteral("t.active") : QStringLiteral("1"));
    QString sql = QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ?").arg(columns.join(u','), spec.table);
    if (!spec.fixedWhere.isEmpty())
        sql += QStringLiteral(" AND ") + spec.whereSql(QStringLiteral("t"));
    QSqlQuery& q = Sql::cached(m_db, sql, {id});
    QVariantMap values;
    if (q.next()) {
        for (int i = 0; i < read.size(); ++i)
            values.insert(read[i]->key, fromStored(*read[i], q.value(i)));
        values.insert(QStringLiteral("active"), q.value(static_cast<int>(read.size())).toInt() != 0);
    }
    q.finish();
    if (values.isEmpty())
        return values;
    for (const ListField& f : spec.fields)
        if (f.kind == FieldKind::Set)
            values.insert(f.key, members(spec, f.key, id));
    return values;
}

QVariantList ListService::members(const ListSpec& spec, const QString& key, qint64 id) const
{
    const ListField& f = *spec.field(key);
    QSqlQuery& q = Sql::cached(
        m_db,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY 1").arg(f.setMember, f.setTable, f.setOwner),
        {id});
    QVariantList list;
    while (q.next())
        list.append(f.refKey == QLatin1String("id") ? QVariant(q.value(0).toLongLong())
                                                    : QVariant(q.value(0).toString()));
    q.finish();
    return list;
}

QString ListService::nextCode(const ListSpec& spec) const
{
    qint64 n = Sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(spec.table))
                   .toLongLong();
    const QByteArray format = spec.codeFormat.toLatin1();
    for (;; ++n) {
        const QString code = QString::asprintf(format.constData(), n);
        if (!Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE code = ?").arg(spec.table), {code})
                 .isValid())
            return code;
    }
}

qint64 ListService::add(const User& actor, const QString& listId, const QVariantMap& values)
{
    const ListSpec& spec = ListSpecs::get(listId);
    requireMayChange(actor, spec);
    return insert(actor, spec, values);
}

qint64 ListService::insert(const User& actor, const ListSpec& spec, QVariantMap input)
{
    WriteScope scope(m_db);
    const QVariantMap values = ListValidator(m_db, spec).check(input, {}, 0);
    RecordWriter writer(m_db, actor.id, m_clock.now());
    writer.setOneRowPerCreate(m_oneAuditRowPerCreate, m_importedFrom);
    RecordWriter::Fields fields;
    for (const ListField& f : spec.fields) {
        if (f.kind == FieldKind::Set)
            continue;
        QVariant v = values.value(f.key);
        if (f.has(FieldFlag::Generated) && v.toString().isEmpty())
            v = nextCode(spec);
        fields.append({f.key, v});
    }
    for (auto it = spec.fixedValues.cbegin(); it != spec.fixedValues.cend(); ++it)
        fields.append({it.key(), it.value()});
    const qint64 id = writer.insert(spec.table, 0, fields);
    for (const ListField& f : spec.fields) {
        const QVariantList list = values.value(f.key).toList();
        if (f.kind != FieldKind::Set || list.isEmpty())
            continue;
        for (const QVariant& member : list)
            Sql::prepared(m_db,
                          QStringLiteral("INSERT INTO %1(%2, %3) VALUES (?, ?)")
                              .arg(f.setTable, f.setOwner, f.setMember))
                .bind(1, id)
                .bind(2, member)
                .run();
        writer.log(0, spec.table, id, QStringLiteral("create"), f.key, {}, joined(list));
    }
    scope.commit();
    return id;
}

int ListService::edit(const User& actor, const QString& listId, qint64 id, const QVariantMap& input)
{
    const ListSpec& spec = ListSpecs::get(listId);
    requireMayChange(actor, spec);
    WriteScope scope(m_db);
    const QVariantMap current = load(listId, id);
    if (current.isEmpty())
        throw UserError(tr("This %1 is no longer in the list; it may have been changed elsewhere.")
                            .arg(spec.entryText()));
    const QVariantMap values = ListValidator(m_db, spec).check(input, current, id);
    RecordWriter writer(m_db, actor.id, m_clock.now());
    RecordWriter::Fields changed;
    int count = 0;
    for (const ListField& f : spec.fields) {
        const QVariant v = values.value(f.key);
        if (v == current.value(f.key))
            continue;
        if (f.kind != FieldKind::Set) {
            changed.append({f.key, v});
            continue;
        }
        Sql::cached(m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(f.setTable, f.setOwner), {id})
            .finish();
        for (const QVariant& member : v.toList())
            Sql::cached(m_db,
                        QStringLiteral("INSERT INTO %1(%2, %3) VALUES (?, ?)")
                            .arg(f.setTable, f.setOwner, f.setMember),
                        {id, member})
                .finish();
        writer.log(0, spec.table, id, QStringLiteral("update"), f.key, joined(current.value(f.key).toList()),
                   joined(v.toList()));
        ++count;
    }
    if (!changed.isEmpty())
        count += writer.update(spec.table, id, 0, changed);
    scope.commit();
    return count;
}

void ListService::setActive(const User& actor, const QString& listId, qint64 id, bool active)
{
    const ListSpec& spec = ListSpecs::get(listId);
    requireMayChange(actor, spec);
    WriteScope scope(m_db);
    if (load(listId, id).isEmpty())
        throw UserError(tr("This %1 is no longer in the list; it may have been changed elsewhere.")
                            .arg(spec.entryText()));
    RecordWriter(m_db, actor.id, m_clock.now())
        .update(spec.table, id, 0, {{QStringLiteral("active"), active}});
    scope.commit();
}

qint64 ListService::findId(const QString& listId, const QString& code) const
{
    const ListSpec& spec = ListSpecs::get(listId);
    if (spec.keyField.isEmpty())
        return 0;
    return findId(listId, QVariantMap {{spec.keyField, code.trimmed()}});
}

qint64 ListService::findId(const QString& listId, const QVariantMap& fields) const
{
    const ListSpec& spec = ListSpecs::get(listId);
    QString sql = QStringLiteral("SELECT t.id FROM %1 t WHERE 1 = 1").arg(spec.table);
    QVariantList binds;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!spec.field(it.key()))
            continue;
        sql += QStringLiteral(" AND t.%1 = ?").arg(it.key());
        binds.append(RecordWriter::storable(it.value()));
    }
    if (!spec.fixedWhere.isEmpty())
        sql += QStringLiteral(" AND ") + spec.whereSql(QStringLiteral("t"));
    BulkStatement& q = Sql::prepared(m_db, sql + QStringLiteral(" LIMIT 1"));
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i + 1, binds.at(i));
    const qint64 id = q.next() ? q.int64Value(0) : 0;
    q.reset();
    return id;
}

bool ListService::isUsed(const QString& listId, qint64 id) const
{
    return ListValidator(m_db, ListSpecs::get(listId)).isUsed(id);
}
