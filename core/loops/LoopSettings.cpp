#include "loops/LoopSettings.h"

#include "UserError.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "deadlines/DeadlineRules.h"
#include "workflow/FieldCheck.h"

#include <QHash>

namespace {
const char* const keyVisit = "loops.visit_days";
const char* const keyCallback = "loops.callback_days";
const char* const keyWithin = "loops.callback_within_days";
const char* const keyNotice = "loops.supply_notice_days";
const char* const keyStart = "loops.start";
} // namespace

qint64 LoopSettings::dayStamp(const QDate& day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
}

QDate LoopSettings::dayOf(const QVariant& stored)
{
    return RecordWriter::storedDate(stored);
}

QDateTime LoopSettings::endOf(const QDate& day) const
{
    return QDateTime(day, QTime(23, 59, 59), zone).toUTC();
}

LoopSettings LoopSettings::load(const QSqlDatabase& db)
{
    QHash<QString, QString> values;
    QSqlQuery query
        = Sql::exec(db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'loops.%'"));
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    LoopSettings s;
    const auto number = [&](const char* key, int fallback) {
        bool ok = false;
        const int value = values.value(QString::fromLatin1(key)).toInt(&ok);
        return ok && value >= 0 ? value : fallback;
    };
    s.visitDays = number(keyVisit, s.visitDays);
    s.callbackDays = number(keyCallback, s.callbackDays);
    s.callbackWithinDays = number(keyWithin, s.callbackWithinDays);
    s.supplyNoticeDays = number(keyNotice, s.supplyNoticeDays);
    s.start = QDate::fromString(values.value(QString::fromLatin1(keyStart)), Qt::ISODate);
    if (!s.start.isValid())
        s.start = QDate(2000, 1, 1);
    s.zone = DeadlineRules::load(db).zone;
    return s;
}

LoopSettingsService::LoopSettingsService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

void LoopSettingsService::validate(const LoopSettings& s)
{
    FieldCheck check;
    check.require(s.visitDays >= 1 && s.visitDays <= 365, QStringLiteral("visitDays"),
                  tr("A manager's visit is due 1 to 365 days after the case closed."));
    check.require(s.callbackDays >= 0 && s.callbackDays <= 365, QStringLiteral("callbackDays"),
                  tr("The call-back comes 0 to 365 days after delivery."));
    check.require(s.callbackWithinDays >= 1 && s.callbackWithinDays <= 90,
                  QStringLiteral("callbackWithinDays"), tr("Give Sales 1 to 90 days to make the call."));
    check.require(s.supplyNoticeDays >= 0 && s.supplyNoticeDays <= 180, QStringLiteral("supplyNoticeDays"),
                  tr("An order comes 0 to 180 days before its delivery date."));
    check.require(s.start.isValid(), QStringLiteral("start"), tr("Give the day the customer loops start."));
    check.throwIfAny();
}

void LoopSettingsService::save(const User& actor, const LoopSettings& s) const
{
    if (actor.role != Role::Administrator)
        throw UserError(tr("Only an administrator can change the settings of the customer loops."));
    validate(s);
    const QList<QPair<QString, QString>> values {
        {QString::fromLatin1(keyVisit), QString::number(s.visitDays)},
        {QString::fromLatin1(keyCallback), QString::number(s.callbackDays)},
        {QString::fromLatin1(keyWithin), QString::number(s.callbackWithinDays)},
        {QString::fromLatin1(keyNotice), QString::number(s.supplyNoticeDays)},
        {QString::fromLatin1(keyStart), s.start.toString(Qt::ISODate)},
    };
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor.id, m_clock.now());
    for (const auto& [key, value] : values) {
        const QVariant old
            = Sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
        if (old.isValid() && old.toString() == value)
            continue;
        Sql::exec(m_db,
                  QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                  {key, value});
        writer.log(0, QStringLiteral("settings"), 0, QStringLiteral("update"), key,
                   old.isValid() ? old : QVariant(), value);
    }
    transaction.commit();
}
