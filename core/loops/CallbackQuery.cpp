#include "loops/CallbackQuery.h"

#include "db/Dialect.h"
#include "db/Sql.h"

namespace {
// A delivery day as stored is 12:00 UTC of it (lists) or any time of it (older tools): a day's
// range of stamps is from its 00:00 to its 23:59:59 UTC.
qint64 dayStart(const QDate& d)
{
    return LoopSettings::dayStamp(d) - 43200;
}
qint64 dayEnd(const QDate& d)
{
    return LoopSettings::dayStamp(d) + 43199;
}

const char* const columns
    = "SELECT s.id, s.order_no, s.batch_no, s.customer_id, cu.name, coalesce(si.name, ''), "
      "coalesce(si.address, ''), s.shipped_at, b.id, b.called_at, coalesce(u.display_name, ''), "
      "coalesce(b.contact_name, ''), coalesce(b.opinion, ''), coalesce(b.comments, ''), b.case_id, "
      "coalesce(c.number, '') FROM shipments s JOIN customers cu ON cu.id = s.customer_id "
      "LEFT JOIN customer_sites si ON si.id = s.site_id LEFT JOIN batch_callbacks b ON b.shipment_id = s.id "
      "LEFT JOIN users u ON u.id = b.called_by LEFT JOIN cases c ON c.id = b.case_id "
      "WHERE s.active = 1 AND s.shipped_at >= ? ";
} // namespace

namespace CallbackOpinions {
QString code(CallbackOpinion opinion)
{
    switch (opinion) {
    case CallbackOpinion::Satisfied:
        return QStringLiteral("satisfied");
    case CallbackOpinion::Remarks:
        return QStringLiteral("remarks");
    case CallbackOpinion::Objection:
        return QStringLiteral("objection");
    }
    return {};
}

CallbackOpinion fromCode(const QString& code)
{
    if (code == QLatin1String("objection"))
        return CallbackOpinion::Objection;
    if (code == QLatin1String("remarks"))
        return CallbackOpinion::Remarks;
    return CallbackOpinion::Satisfied;
}
} // namespace CallbackOpinions

CallbackQuery::CallbackQuery(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_settings(LoopSettings::load(m_db))
    , m_today(m_settings.today(clock))
{
}

BatchCallback CallbackQuery::fill(const QSqlQuery& q) const
{
    BatchCallback b;
    b.shipmentId = q.value(0).toLongLong();
    b.orderNo = q.value(1).toString();
    b.batchNo = q.value(2).toString();
    b.customerId = q.value(3).toLongLong();
    b.customerName = q.value(4).toString();
    b.siteName = q.value(5).toString();
    b.siteAddress = q.value(6).toString();
    b.pageKey = q.value(7).toLongLong();
    b.deliveredOn = QDateTime::fromSecsSinceEpoch(b.pageKey, Qt::UTC).date();
    b.dueFrom = b.deliveredOn.addDays(m_settings.callbackDays);
    b.dueBy = b.dueFrom.addDays(m_settings.callbackWithinDays);
    b.dueAt = m_settings.endOf(b.dueBy);
    if (!q.value(8).isNull()) {
        b.id = q.value(8).toLongLong();
        b.calledAt = Sql::toTime(q.value(9));
        b.calledBy = q.value(10).toString();
        b.contactName = q.value(11).toString();
        b.opinion = CallbackOpinions::fromCode(q.value(12).toString());
        b.comments = q.value(13).toString();
        b.caseId = q.value(14).toLongLong();
        b.caseNumber = q.value(15).toString();
        b.state = CallbackState::Done;
    } else if (b.dueFrom > m_today) {
        b.state = CallbackState::Upcoming;
    } else {
        b.state = b.dueBy < m_today ? CallbackState::Overdue : CallbackState::Due;
    }
    return b;
}

// The state as a condition on the delivery day: due from delivery + N days, overdue after
// delivery + N + M days.
QString CallbackQuery::stateWhere(CallbackFilter::Show show, QVariantList& binds) const
{
    const QDate lastOpen = m_today.addDays(-m_settings.callbackDays); // delivered by then: due
    const QDate lastDue = lastOpen.addDays(-m_settings.callbackWithinDays); // delivered before: overdue
    using S = CallbackFilter::Show;
    switch (show) {
    case S::All:
        return {};
    case S::Open:
        binds << dayEnd(lastOpen);
        return QStringLiteral("AND b.id IS NULL AND s.shipped_at <= ? ");
    case S::Due:
        binds << dayEnd(lastOpen) << dayStart(lastDue);
        return QStringLiteral("AND b.id IS NULL AND s.shipped_at <= ? AND s.shipped_at >= ? ");
    case S::Overdue:
        binds << dayStart(lastDue);
        return QStringLiteral("AND b.id IS NULL AND s.shipped_at < ? ");
    case S::Done:
        return QStringLiteral("AND b.id IS NOT NULL ");
    case S::Upcoming:
        binds << dayEnd(lastOpen);
        return QStringLiteral("AND b.id IS NULL AND s.shipped_at > ? ");
    }
    return {};
}

std::optional<BatchCallback> CallbackQuery::one(qint64 shipmentId) const
{
    // One batch whatever its delivery day: the start does not hide it from its own form.
    QSqlQuery q
        = Sql::exec(m_db, QString::fromLatin1(columns) + QStringLiteral("AND s.id = ?"), {0, shipmentId});
    if (!q.next())
        return std::nullopt;
    return fill(q);
}

QList<BatchCallback> CallbackQuery::page(const CallbackFilter& filter, qint64 afterKey, qint64 afterId,
                                         int limit) const
{
    QVariantList binds {dayStart(m_settings.start)};
    QString sql = QString::fromLatin1(columns) + stateWhere(filter.show, binds);
    if (filter.month.isValid()) {
        const QDate first = filter.month.addDays(1 - filter.month.day());
        const QDate last = first.addMonths(1).addDays(-1);
        sql += QStringLiteral("AND s.shipped_at >= ? AND s.shipped_at <= ? ");
        binds << dayStart(first.addDays(-m_settings.callbackDays))
              << dayEnd(last.addDays(-m_settings.callbackDays));
    }
    if (afterId > 0) {
        sql += QStringLiteral("AND (s.shipped_at, s.id) > (?, ?) ");
        binds << afterKey << afterId;
    }
    sql += QStringLiteral("ORDER BY s.shipped_at, s.id LIMIT ?");
    binds << limit;
    QSqlQuery q = Sql::exec(m_db, sql, binds);
    QList<BatchCallback> rows;
    while (q.next())
        rows.append(fill(q));
    return rows;
}

QList<CallbackMonth> CallbackQuery::months(int year) const
{
    QList<CallbackMonth> months;
    for (int m = 1; m <= 12; ++m)
        months.append({QDate(year, m, 1)});
    const qint64 n = m_settings.callbackDays;
    const qint64 m = m_settings.callbackWithinDays;
    // The end of the due day in the company's time zone, from the delivery day's 00:00 UTC.
    const qint64 endOffset = (n + m + 1) * 86400 - 1 - m_settings.zone.offsetFromUtc(m_clock.now());
    const QDate lastOpen = m_today.addDays(-m_settings.callbackDays);
    const QDate lastDue = lastOpen.addDays(-m_settings.callbackWithinDays);
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT ")
            + Dialect::monthOfStamp(m_db, QStringLiteral("s.shipped_at + CAST(? AS BIGINT) * 86400"))
            + QStringLiteral(
                " AS month, "
                "sum(CAST(b.id IS NOT NULL AS INTEGER)), sum(CAST(b.called_at > (s.shipped_at / 86400) * "
                "86400 + "
                "? AS INTEGER)), "
                "sum(CAST(b.id IS NULL AND s.shipped_at < ? AS INTEGER)), "
                "sum(CAST(b.id IS NULL AND s.shipped_at > ? AS INTEGER)), count(*) "
                "FROM shipments s LEFT JOIN batch_callbacks b ON b.shipment_id = s.id "
                "WHERE s.active = 1 AND s.shipped_at >= ? AND s.shipped_at >= ? AND s.shipped_at <= ? "
                "GROUP BY 1"),
        {n, endOffset, dayStart(lastDue), dayEnd(lastOpen), dayStart(m_settings.start),
         dayStart(QDate(year, 1, 1).addDays(-n)), dayEnd(QDate(year, 12, 31).addDays(-n))});
    while (q.next()) {
        const int month = q.value(0).toInt();
        if (month < 1 || month > 12)
            continue;
        CallbackMonth& c = months[month - 1];
        c.done = q.value(1).toInt();
        c.late = q.value(2).toInt();
        c.overdue = q.value(3).toInt();
        c.upcoming = q.value(4).toInt();
        c.due = q.value(5).toInt() - c.done - c.overdue - c.upcoming;
    }
    return months;
}

QPair<qint64, qint64> CallbackQuery::openCount() const
{
    const QDate lastOpen = m_today.addDays(-m_settings.callbackDays);
    const QDate lastDue = lastOpen.addDays(-m_settings.callbackWithinDays);
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT count(*), coalesce(sum(CAST(s.shipped_at < ? AS INTEGER)), 0) FROM shipments s "
            "WHERE s.active = 1 AND s.shipped_at >= ? AND s.shipped_at <= ? AND "
            "NOT EXISTS (SELECT 1 FROM batch_callbacks b WHERE b.shipment_id = s.id)"),
        {dayStart(lastDue), dayStart(m_settings.start), dayEnd(lastOpen)});
    if (!q.next())
        return {0, 0};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}
