#include "improvement/ImprovementDay.h"

#include "deadlines/DeadlineRules.h"

#include <QTimeZone>

QDate ImprovementDay::today(const QSqlDatabase& db, const Clock& clock)
{
    return clock.now().toTimeZone(DeadlineRules::load(db).zone).date();
}

qint64 ImprovementDay::stamp(const QDate& day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
}

QVariant ImprovementDay::idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
