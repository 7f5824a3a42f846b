#pragma once

#include "Clock.h"

// A clock the test sets and moves: "three days after the on-site service" without sleeping.
class MockClock : public Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t; }
    void advanceHours(double hours) { m_now = m_now.addSecs(static_cast<qint64>(hours * 3600)); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};
