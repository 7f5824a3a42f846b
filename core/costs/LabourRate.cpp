#include "costs/LabourRate.h"

#include "UserError.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/WriteScope.h"
#include "workflow/FieldCheck.h"

namespace {
const QString key = QStringLiteral("cost.labour_rate");
}

LabourRate::LabourRate(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 LabourRate::load() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}).toLongLong();
}

void LabourRate::validate(qint64 hundredthsPerHour)
{
    FieldCheck check;
    check.require(hundredthsPerHour >= 0 && hundredthsPerHour <= highest, QStringLiteral("labourRate"),
                  tr("Enter the hourly labour rate as an amount from 0 to 1,000,000.00."));
    check.throwIfAny();
}

void LabourRate::save(const User& actor, qint64 hundredthsPerHour, const QDateTime& at) const
{
    if (actor.role != Role::Administrator)
        throw UserError(tr("Only an administrator can change the settings."));
    validate(hundredthsPerHour);
    const qint64 before = load();
    if (before == hundredthsPerHour)
        return;
    WriteScope scope(m_db);
    Sql::exec(m_db,
              QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
              {key, QString::number(hundredthsPerHour)});
    RecordWriter(m_db, actor.id, at)
        .log(0, QStringLiteral("settings"), 0, QStringLiteral("update"), key, before, hundredthsPerHour);
    scope.commit();
}
