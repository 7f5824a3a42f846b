#pragma once

#include "Clock.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QTimeZone>

// The settings of the customer loops (migration 019), kept in the settings table so an
// administrator can change them (Administration > Settings > Customer loops).
struct LoopSettings
{
    int visitDays = 30; // R15 a manager's visit is due this many days after a key customer's case closed
    int callbackDays = 30; // R16 a batch's call-back comes into Sales' queue this many days after delivery
    int callbackWithinDays = 5; // ... and is overdue this many days later
    int supplyNoticeDays = 14; // R20 an order comes into the queue this many days before delivery
    QDate start; // deliveries and closings before this day owe no call-back and no visit
    QTimeZone zone = QTimeZone::systemTimeZone(); // the company's (deadline.time_zone)

    static LoopSettings load(const QSqlDatabase& db);

    // A day as stored (12:00 UTC of it) and back; the company's day of an instant.
    static qint64 dayStamp(const QDate& day);
    static QDate dayOf(const QVariant& stored);
    QDate today(const Clock& clock) const { return clock.now().toTimeZone(zone).date(); }
    // The last second of a day in the company's time zone: "by 2026-03-31" means until then.
    QDateTime endOf(const QDate& day) const;
};

// Reads and changes the loops' settings: anyone may read them, only an administrator changes
// them; a wrong value is refused with its field, and every change is in the audit log.
class LoopSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(LoopSettingsService)
public:
    LoopSettingsService(QSqlDatabase db, const Clock& clock);
    LoopSettings load() const { return LoopSettings::load(m_db); }
    void save(const User& actor, const LoopSettings& settings) const;
    static void validate(const LoopSettings& settings); // throws UserError naming the wrong fields

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};
