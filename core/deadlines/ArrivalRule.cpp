#include "deadlines/ArrivalRule.h"

QDateTime ArrivalRule::latest(const Grade& grade, const QDateTime& now)
{
    if (grade.arrivalHours <= 0)
        return {};
    return now.addSecs(qint64(grade.arrivalHours) * 3600);
}

QString ArrivalRule::warning(const Grade& grade, const QDateTime& appointedAt, const QDateTime& now,
                             const QTimeZone& zone)
{
    const QDateTime limit = latest(grade, now);
    // A minute's grace: the form shows no seconds.
    if (!limit.isValid() || !appointedAt.isValid() || appointedAt <= limit.addSecs(59))
        return {};
    return tr("Grade %1 asks for a technician on site within %n hour(s), by %2. The appointed arrival "
              "%3 is later: agree it with the customer or appoint an earlier time.",
              nullptr, grade.arrivalHours)
        .arg(grade.code, limit.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             appointedAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}
