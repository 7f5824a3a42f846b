#include "stats/ClockDays.h"

#include "db/Sql.h"
#include "db/Transaction.h"
#include "deadlines/DeadlineRules.h"

#include <limits>

namespace {
const QString uptoKey = QStringLiteral("stats.clock_days_upto");
const QString zoneKey = QStringLiteral("stats.clock_days_zone");

QVariant setting(const QSqlDatabase& db, const QString& key)
{
    return Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
}

void store(const QSqlDatabase& db, const QString& key, const QString& value)
{
    Sql::exec(db,
              QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
              {key, value});
}
} // namespace

ClockDays::ClockDays(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 ClockDays::dayNumber(const QDate& date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

bool ClockDays::isCurrent(const QSqlDatabase& db, const QTimeZone& zone)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?)"),
                            {uptoKey, zoneKey});
    bool zoneMatches = false;
    while (q.next()) {
        if (q.value(0).toString() == uptoKey)
            return false;
        zoneMatches = q.value(1).toString() == QString::fromUtf8(zone.id());
    }
    return zoneMatches;
}

void ClockDays::resetForZone(const QTimeZone& zone) const
{
    Transaction t(m_db);
    Sql::exec(m_db, QStringLiteral("DELETE FROM stats_zone"));
    const QDateTime first(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    // "offset" is a reserved word on a server (pg/023): quoted, which SQLite reads the same way.
    const QString insert
        = QStringLiteral("INSERT INTO stats_zone(since, \"offset\") VALUES (?, ?) ON CONFLICT(since) "
                         "DO UPDATE SET \"offset\" = excluded.\"offset\"");
    Sql::exec(m_db, insert, {std::numeric_limits<qint64>::min(), zone.offsetFromUtc(first)});
    for (const QTimeZone::OffsetData& change :
         zone.transitions(first, QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC)))
        Sql::exec(m_db, insert, {change.atUtc.toSecsSinceEpoch(), change.offsetFromUtc});
    Sql::exec(m_db, QStringLiteral("DELETE FROM clock_days"));
    store(m_db, zoneKey, QString::fromUtf8(zone.id()));
    store(m_db, uptoKey, QStringLiteral("0"));
    t.commit();
}

qint64 ClockDays::sync(qint64 chunkCases, qint64 maxChunks,
                       const std::function<void(qint64, qint64)>& progress) const
{
    const QTimeZone zone = DeadlineRules::load(m_db).zone;
    if (setting(m_db, zoneKey).toString() != QString::fromUtf8(zone.id()))
        resetForZone(zone);
    if (setting(m_db, uptoKey).isNull())
        return 0;
    const qint64 total = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM cases WHERE id > ?"),
                                     {setting(m_db, uptoKey).toLongLong()})
                             .toLongLong();
    qint64 done = 0;
    for (qint64 chunk = 0; maxChunks < 0 || chunk < maxChunks; ++chunk) {
        // Read and moved on in one write transaction: another program's save of a case is
        // counted by the triggers when the case is at or below the mark, by this count when above.
        Transaction t(m_db);
        const qint64 upto = setting(m_db, uptoKey).toLongLong();
        QSqlQuery q = Sql::exec(m_db,
                                QStringLiteral("SELECT max(id), count(*) FROM (SELECT id FROM cases WHERE id "
                                               "> ? ORDER BY id LIMIT ?) chunk"),
                                {upto, chunkCases});
        q.next();
        const QVariant last = q.value(0);
        const qint64 cases = q.value(1).toLongLong();
        q.finish();
        if (last.isNull()) {
            Sql::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {uptoKey});
            t.commit();
            break;
        }
        Sql::exec(
            m_db,
            QStringLiteral(
                "INSERT INTO clock_days(day, kind, unit_id, on_time, late) "
                "SELECT (c.received_at + COALESCE((SELECT z.\"offset\" FROM stats_zone z WHERE z.since <= "
                "c.received_at ORDER BY z.since DESC LIMIT 1), 0)) / 86400, k.kind, k.unit_id, "
                "sum(CAST(k.done_at <= k.due_at AS INTEGER)), sum(CAST(k.done_at > k.due_at AS INTEGER)) "
                "FROM cases c JOIN case_clocks k ON k.case_id = c.id "
                "WHERE c.id > ? AND c.id <= ? AND k.done_at IS NOT NULL GROUP BY 1, 2, 3 "
                "ON CONFLICT(day, kind, unit_id) DO UPDATE SET on_time = clock_days.on_time + "
                "excluded.on_time, "
                "late = clock_days.late + excluded.late"),
            {upto, last});
        done += cases;
        store(m_db, uptoKey, QString::number(last.toLongLong()));
        t.commit();
        if (progress)
            progress(done, total);
    }
    return done;
}
