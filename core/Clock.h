#pragma once

#include <QDateTime>

// Where "now" comes from. Core never asks the system time directly, so a test can stand
// on "three days after the on-site visit" without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
