#pragma once

#include <QDateTime>

class Clock;
class QObject;

// Where printouts take "now" from (the date on every page, the period offered): the signed-in
// session's clock, as every date of the window does (issue 16: one clock); the system's when
// there is none.
class PrintClock
{
public:
    // Uses the clock until the owner (the session that holds it) is destroyed.
    static void use(const Clock* clock, const QObject* owner);
    static QDateTime now();
};
