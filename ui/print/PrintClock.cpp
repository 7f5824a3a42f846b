#include "print/PrintClock.h"

#include "Clock.h"

#include <QObject>

namespace {
const Clock*& current()
{
    static const Clock* clock = nullptr;
    return clock;
}
} // namespace

void PrintClock::use(const Clock* clock, const QObject* owner)
{
    current() = clock;
    QObject::connect(owner, &QObject::destroyed, [clock]() {
        if (current() == clock)
            current() = nullptr;
    });
}

QDateTime PrintClock::now()
{
    return current() ? current()->now() : SystemClock().now();
}
