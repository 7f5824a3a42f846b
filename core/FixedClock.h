#pragma once

#include "Clock.h"

// A clock that stands still at a given moment (moved by set()): the moment a form was filled
// in, a document printed, or sample data written step by step.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {
    }
    QDateTime now() const override { return m_at; }
    void set(const QDateTime& at) { m_at = at; }

private:
    QDateTime m_at;
};
