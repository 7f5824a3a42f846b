#include "db/RecordWriter.h"

#include "db/BulkStatement.h"
#include "db/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <stdexcept>

namespace {
bool isEmpty(const QVariant& value)
{
    return value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}
} // namespace

QVariant RecordWriter::storable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return Sql::fromTime(value.toDateTime());
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().isValid()
            ? QVariant(QDateTime(value.toDate(), QTime(12, 0), Qt::UTC).toSecsSinceEpoch())
            : QVariant();
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
    return value;
}

QDate RecordWriter::storedDate(const QVariant& stored)
{
    return stored.isNull() || !stored.isValid() ? QDate() : Sql::toTime(stored).date();
}

RecordWriter::RecordWriter(QSqlDatabase db, qint64 userId, QDateTime at, int caseVersion)
    : m_db(std::move(db))
    , m_userId(userId)
    , m_at(std::move(at))
    , m_caseVersion(caseVersion)
{
}

RecordWriter::RecordWriter(QSqlDatabase db, qint64 userId, QDateTime at)
    : RecordWriter(std::move(db), userId, std::move(at), 0)
{
}

QString RecordWriter::auditText(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

void RecordWriter::log(qint64 caseId, const QString& entity, qint64 entityId, const QString& action,
                       const QString& field, const QVariant& oldValue, const QVariant& newValue)
{
    if (caseId > 0 && m_caseVersion < 1)
        throw std::logic_error("a case's record written without the case's version");
    static const QString sql
        = QStringLiteral("INSERT INTO audit_log(at, user_id, case_id, entity, entity_id, action, field, "
                         "old_value, new_value, case_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkStatement& q = Sql::prepared(m_db, sql);
    q.bind(1, m_at.toSecsSinceEpoch());
    m_userId > 0 ? q.bind(2, m_userId) : q.bindNull(2);
    caseId > 0 ? q.bind(3, caseId) : q.bindNull(3);
    q.bind(4, entity).bind(5, entityId).bind(6, action).bind(7, field);
    oldValue.isNull() ? q.bindNull(8) : q.bind(8, auditText(oldValue));
    newValue.isNull() ? q.bindNull(9) : q.bind(9, auditText(newValue));
    caseId > 0 ? q.bind(10, qint64(m_caseVersion)) : q.bindNull(10);
    q.run();
    ++m_written;
}

void RecordWriter::logAll(qint64 caseId, const QString& entity, qint64 entityId, const QString& action,
                          const QList<Change>& changes)
{
    if (!Sql::isServer(m_db) || changes.size() < 2) {
        // SQLite: one kept statement per row costs no more than one statement for all.
        for (const Change& c : changes)
            log(caseId, entity, entityId, action, c.field, c.oldValue, c.newValue);
        return;
    }
    // A server: one statement for all the rows, one round trip instead of one per field.
    if (caseId > 0 && m_caseVersion < 1)
        throw std::logic_error("a case's record written without the case's version");
    QStringList rows;
    QVariantList binds;
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Change& c : changes) {
        rows.append(row);
        binds << m_at.toSecsSinceEpoch() << (m_userId > 0 ? QVariant(m_userId) : QVariant())
              << (caseId > 0 ? QVariant(caseId) : QVariant()) << entity << entityId << action << c.field
              << (c.oldValue.isNull() ? QVariant() : QVariant(auditText(c.oldValue)))
              << (c.newValue.isNull() ? QVariant() : QVariant(auditText(c.newValue)))
              << (caseId > 0 ? QVariant(qint64(m_caseVersion)) : QVariant());
    }
    Sql::exec(m_db,
              QStringLiteral("INSERT INTO audit_log(at, user_id, case_id, entity, entity_id, action, field, "
                             "old_value, new_value, case_version) VALUES ")
                  + rows.join(u','),
              binds);
    m_written += int(changes.size());
}

qint64 RecordWriter::insert(const QString& table, qint64 caseId, const Fields& fields)
{
    QStringList names;
    QStringList marks;
    QVariantList values;
    for (const auto& [name, value] : fields) {
        names.append(name);
        marks.append(QStringLiteral("?"));
        values.append(storable(value));
    }
    // Kept prepared: an import inserts the same kind of row many times.
    BulkStatement& query = Sql::prepared(
        m_db,
        QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(table, names.join(u','), marks.join(u',')));
    for (int i = 0; i < values.size(); ++i)
        query.bind(i + 1, values.at(i));
    const qint64 id = query.run();
    const qint64 auditCase = table == QLatin1String("cases") ? id : caseId;
    if (m_oneRowPerCreate) {
        QJsonObject created;
        if (!m_importedFrom.isEmpty())
            created.insert(importedFromKey(), m_importedFrom);
        for (const auto& [name, value] : fields)
            if (!isEmpty(value))
                created.insert(name, auditText(value));
        log(auditCase, table, id, QStringLiteral("create"), QStringLiteral("*"), {},
            QString::fromUtf8(QJsonDocument(created).toJson(QJsonDocument::Compact)));
        return id;
    }
    QList<Change> changes;
    for (const auto& [name, value] : fields)
        if (!isEmpty(value))
            changes.append({name, {}, value});
    logAll(auditCase, table, id, QStringLiteral("create"), changes);
    return id;
}

int RecordWriter::update(const QString& table, qint64 id, qint64 caseId, const Fields& fields)
{
    QStringList names;
    for (const auto& field : fields)
        names.append(field.first);
    QSqlQuery current = Sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(names.join(u','), table), {id});
    if (!current.next())
        return 0;
    QStringList sets;
    QVariantList values;
    QList<int> changed;
    for (int i = 0; i < fields.size(); ++i) {
        const QVariant oldStored = current.value(i);
        const QVariant newStored = storable(fields[i].second);
        const bool same = (oldStored.isNull() && newStored.isNull())
            || (!oldStored.isNull() && !newStored.isNull() && oldStored.toString() == newStored.toString());
        if (same)
            continue;
        sets.append(fields[i].first + QStringLiteral(" = ?"));
        values.append(newStored);
        changed.append(i);
    }
    QVariantList oldValues;
    for (int i : changed)
        oldValues.append(current.value(i));
    current.finish();
    if (changed.isEmpty())
        return 0;
    values.append(id);
    Sql::exec(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(u',')), values);
    QList<Change> changes;
    for (int k = 0; k < changed.size(); ++k) {
        const QVariant& newValue = fields[changed[k]].second;
        QVariant oldValue = oldValues[k];
        if (newValue.typeId() == QMetaType::QDateTime && !oldValue.isNull())
            oldValue = Sql::toTime(oldValue);
        if (newValue.typeId() == QMetaType::QDate && !oldValue.isNull())
            oldValue = storedDate(oldValue);
        changes.append({fields[changed[k]].first, oldValue, newValue});
    }
    logAll(table == QLatin1String("cases") ? id : caseId, table, id, QStringLiteral("update"), changes);
    return changed.size();
}

void RecordWriter::remove(const QString& table, qint64 id, qint64 caseId, const QStringList& fields)
{
    QSqlQuery current = Sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(fields.join(u','), table), {id});
    if (!current.next())
        return;
    QVariantList oldValues;
    for (int i = 0; i < fields.size(); ++i)
        oldValues.append(current.value(i));
    current.finish();
    Sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    QList<Change> changes;
    for (int i = 0; i < fields.size(); ++i)
        changes.append({fields[i], oldValues[i], {}});
    logAll(caseId, table, id, QStringLiteral("delete"), changes);
}
