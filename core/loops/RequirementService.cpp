#include "loops/RequirementService.h"

#include "UserError.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "loops/LoopRules.h"
#include "loops/RecordVersion.h"
#include "workflow/FieldCheck.h"

#include <QSet>

namespace {
const QString table = QStringLiteral("order_requirements");
const QString documentTable = QStringLiteral("order_documents");

// The orders with a batch delivered in a range of days: the first such delivery, the customer,
// how many batches, and what is recorded.
const char* const orderColumns
    = "SELECT s.order_no, min(s.shipped_at) AS first, count(*), min(cu.name), r.id, r.version, "
      "coalesce(r.medium, ''), coalesce(r.pressure, ''), coalesce(r.temperature, ''), coalesce(r.special, "
      "''), "
      "r.recorded_at, coalesce(u.display_name, '') FROM shipments s JOIN customers cu ON cu.id = "
      "s.customer_id "
      "LEFT JOIN order_requirements r ON r.order_no = s.order_no LEFT JOIN users u ON u.id = r.recorded_by "
      "WHERE s.active = 1 ";
// One row per order. A server asks for the requirement and its recorder to be named by their keys
// too (their other columns depend on those); SQLite keeps its plan of one group per order number.
QString orderGroup(const QSqlDatabase& db)
{
    return Sql::isServer(db) ? QStringLiteral("GROUP BY s.order_no, r.id, u.id ")
                             : QStringLiteral("GROUP BY s.order_no ");
}

OrderRequirement fromRow(const QSqlQuery& q)
{
    OrderRequirement r;
    r.orderNo = q.value(0).toString();
    r.deliveryOn = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).date();
    r.batches = q.value(2).toInt();
    r.customerName = q.value(3).toString();
    r.id = q.value(4).toLongLong();
    r.version = q.value(5).toInt();
    r.medium = q.value(6).toString();
    r.pressure = q.value(7).toString();
    r.temperature = q.value(8).toString();
    r.special = q.value(9).toString();
    r.recordedAt = Sql::toTime(q.value(10));
    r.recordedBy = q.value(11).toString();
    return r;
}

QString keyOf(const OrderDocument& d)
{
    return d.kind + QLatin1Char('\n') + d.name.trimmed();
}
} // namespace

namespace OrderDocuments {
QStringList standardKinds()
{
    return {QStringLiteral("certificate"), QStringLiteral("manual"), QStringLiteral("test_report")};
}
} // namespace OrderDocuments

RequirementService::RequirementService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_settings(LoopSettings::load(m_db))
{
}

void RequirementService::fillDocuments(OrderRequirement& r) const
{
    r.documents.clear();
    for (const QString& kind : OrderDocuments::standardKinds())
        r.documents.append({kind, {}, false, {}, {}});
    if (r.id == 0)
        return;
    QSqlQuery q
        = Sql::exec(m_db,
                    QStringLiteral("SELECT d.kind, d.name, d.checked_at, coalesce(u.display_name, '') "
                                   "FROM order_documents d LEFT JOIN users u ON u.id = d.checked_by "
                                   "WHERE d.requirement_id = ? ORDER BY d.id"),
                    {r.id});
    while (q.next()) {
        OrderDocument d {q.value(0).toString(), q.value(1).toString(), !q.value(2).isNull(),
                         Sql::toTime(q.value(2)), q.value(3).toString()};
        const int standard = d.name.isEmpty() ? OrderDocuments::standardKinds().indexOf(d.kind) : -1;
        if (standard >= 0)
            r.documents[standard] = d;
        else
            r.documents.append(d);
    }
}

OrderRequirement RequirementService::load(const QString& orderNo) const
{
    QSqlQuery q = Sql::exec(
        m_db, QLatin1String(orderColumns) + QStringLiteral("AND s.order_no = ? ") + orderGroup(m_db),
        {orderNo.trimmed()});
    if (!q.next())
        throw UserError(tr("There is no order %1 in the list of orders and batches.").arg(orderNo.trimmed()));
    OrderRequirement r = fromRow(q);
    fillDocuments(r);
    return r;
}

std::optional<OrderRequirement> RequirementService::ofSerial(const QString& serialNo) const
{
    if (serialNo.trimmed().isEmpty())
        return std::nullopt;
    const QVariant order
        = Sql::scalar(m_db,
                      QStringLiteral("SELECT sh.order_no FROM serials s JOIN shipments sh ON "
                                     "sh.id = s.shipment_id WHERE s.serial_no = ?"),
                      {serialNo.trimmed()});
    if (!order.isValid() || order.isNull())
        return std::nullopt;
    const OrderRequirement r = load(order.toString());
    if (!r.isRecorded())
        return std::nullopt;
    return r;
}

QDate RequirementService::noticeUntil() const
{
    return m_settings.today(m_clock).addDays(m_settings.supplyNoticeDays);
}

QList<OrderRequirement> RequirementService::orders(const QDate& from, const QDate& to, bool openOnly,
                                                   const QDate& afterDay, const QString& afterOrder,
                                                   int limit) const
{
    QVariantList binds {LoopSettings::dayStamp(from) - 43200, LoopSettings::dayStamp(to) + 43199};
    QString sql = QLatin1String(orderColumns) + QStringLiteral("AND s.shipped_at BETWEEN ? AND ? ")
        + orderGroup(m_db) + QStringLiteral("HAVING 1 = 1 ");
    if (openOnly)
        sql += QStringLiteral("AND (r.id IS NULL OR EXISTS (SELECT 1 FROM order_documents d WHERE "
                              "d.requirement_id = r.id AND d.checked_at IS NULL)) ");
    if (afterDay.isValid()) {
        // first is a stamp of any time of its day: compare whole days, then the order number
        sql += QStringLiteral(
            "AND (min(s.shipped_at) / 86400, s.order_no) > (CAST(? AS BIGINT) / 86400, ?) ");
        binds << LoopSettings::dayStamp(afterDay) << afterOrder;
    }
    sql += QStringLiteral("ORDER BY min(s.shipped_at) / 86400, s.order_no LIMIT ?");
    binds << limit;
    QSqlQuery q = Sql::exec(m_db, sql, binds);
    QList<OrderRequirement> rows;
    while (q.next()) {
        OrderRequirement r = fromRow(q);
        fillDocuments(r);
        rows.append(r);
    }
    return rows;
}

qint64 RequirementService::save(const User& user, const QString& orderNo, int version,
                                const RequirementData& data)
{
    LoopRules::require(user, LoopStep::RecordRequirements);
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    const OrderRequirement stored = load(orderNo);
    if (stored.isRecorded())
        RecordVersion(m_db, m_settings.zone, now).require(table, stored.id, stored.version, version);
    else if (version != 0)
        throw UserError(tr("The requirements of this order have been removed since you opened them."));

    FieldCheck check;
    const QString medium = data.medium.trimmed();
    const QString pressure = data.pressure.trimmed();
    const QString temperature = data.temperature.trimmed();
    const QString special = data.special.trimmed();
    check.require(!medium.isEmpty() || !pressure.isEmpty() || !temperature.isEmpty() || !special.isEmpty(),
                  QStringLiteral("medium"),
                  tr("Write down the customer's operating conditions (medium, pressure, temperature) or "
                     "their special requirements."));
    QSet<QString> keys;
    for (const OrderDocument& d : data.documents) {
        const bool known
            = OrderDocuments::standardKinds().contains(d.kind) || d.kind == QLatin1String("other");
        check.require(known, QStringLiteral("documents"), tr("This kind of document is not known."));
        check.require(d.kind != QLatin1String("other") || !d.name.trimmed().isEmpty(),
                      QStringLiteral("documents"), tr("Give the name of each other document."));
        check.require(!keys.contains(keyOf(d)), QStringLiteral("documents"),
                      tr("The document \"%1\" is listed twice.").arg(d.name.trimmed()));
        keys.insert(keyOf(d));
    }
    check.throwIfAny();

    RecordWriter writer(m_db, user.id, now);
    const RecordWriter::Fields fields {{QStringLiteral("medium"), medium},
                                       {QStringLiteral("pressure"), pressure},
                                       {QStringLiteral("temperature"), temperature},
                                       {QStringLiteral("special"), special}};
    qint64 id = stored.id;
    bool changed = false;
    if (id == 0) {
        RecordWriter::Fields first = fields;
        first.prepend({QStringLiteral("order_no"), stored.orderNo});
        first.append({QStringLiteral("recorded_at"), now});
        first.append({QStringLiteral("recorded_by"), user.id});
        id = writer.insert(table, 0, first);
    } else {
        changed = writer.update(table, id, 0, fields) > 0;
    }

    // The documents: the three every order takes always; the others as listed now.
    QList<OrderDocument> wanted;
    for (const QString& kind : OrderDocuments::standardKinds())
        wanted.append({kind, {}, false, {}, {}});
    for (const OrderDocument& d : data.documents) {
        const int standard
            = d.kind == QLatin1String("other") ? -1 : OrderDocuments::standardKinds().indexOf(d.kind);
        if (standard >= 0)
            wanted[standard].checked = d.checked;
        else
            wanted.append({d.kind, d.name.trimmed(), d.checked, {}, {}});
    }
    QHash<QString, qint64> storedIds;
    QHash<QString, bool> storedChecked;
    QSqlQuery q = Sql::exec(m_db,
                            QStringLiteral("SELECT id, kind, name, checked_at FROM order_documents WHERE "
                                           "requirement_id = ?"),
                            {id});
    while (q.next()) {
        const QString key = q.value(1).toString() + QLatin1Char('\n') + q.value(2).toString();
        storedIds.insert(key, q.value(0).toLongLong());
        storedChecked.insert(key, !q.value(3).isNull());
    }
    QSet<QString> kept;
    for (const OrderDocument& d : wanted) {
        const QString key = keyOf(d);
        kept.insert(key);
        const RecordWriter::Fields check {
            {QStringLiteral("checked_at"), d.checked ? QVariant(now) : QVariant()},
            {QStringLiteral("checked_by"), d.checked ? QVariant(user.id) : QVariant()}};
        if (!storedIds.contains(key)) {
            RecordWriter::Fields row {{QStringLiteral("requirement_id"), id},
                                      {QStringLiteral("kind"), d.kind},
                                      {QStringLiteral("name"), d.name}};
            if (d.checked)
                row.append(check);
            writer.insert(documentTable, 0, row);
            changed = true;
        } else if (storedChecked.value(key) != d.checked) {
            writer.update(documentTable, storedIds.value(key), 0, check);
            changed = true;
        }
    }
    for (auto it = storedIds.cbegin(); it != storedIds.cend(); ++it)
        if (!kept.contains(it.key())) {
            writer.remove(documentTable, it.value(), 0,
                          {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("checked_at")});
            changed = true;
        }
    if (changed && stored.isRecorded())
        RecordVersion(m_db, m_settings.zone, now).bump(table, id);
    transaction.commit();
    return id;
}

QStringList RequirementService::ordersOf(const QString& listId, qint64 entryId, int limit) const
{
    QString sql;
    if (listId == QLatin1String("shipments"))
        sql = QStringLiteral("SELECT order_no FROM shipments WHERE id = ? LIMIT ?");
    else if (listId == QLatin1String("serials"))
        sql = QStringLiteral("SELECT s.order_no FROM serials x JOIN shipments s ON s.id = x.shipment_id "
                             "WHERE x.id = ? LIMIT ?");
    else if (listId == QLatin1String("customers"))
        sql = QStringLiteral("SELECT order_no FROM shipments WHERE customer_id = ? GROUP BY order_no "
                             "ORDER BY max(shipped_at) DESC, order_no LIMIT ?");
    else
        return {};
    QStringList orders;
    QSqlQuery q = Sql::exec(m_db, sql, {entryId, limit});
    while (q.next())
        orders.append(q.value(0).toString());
    return orders;
}
