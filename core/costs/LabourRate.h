#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// The hourly rate labour hours are priced at in the cost of poor quality (issue 13; settings key
// 'cost.labour_rate', in hundredths of the company's currency per hour, 0 until set). Anyone may
// read it; only an administrator may change it, and the change is in the audit log.
class LabourRate
{
    Q_DECLARE_TR_FUNCTIONS(LabourRate)
public:
    static constexpr qint64 highest = 100000000; // 1,000,000.00 an hour: a typing slip beyond
    explicit LabourRate(QSqlDatabase db);
    qint64 load() const;
    // Refused with the field "labourRate" when negative or beyond the highest.
    void save(const User& actor, qint64 hundredthsPerHour, const QDateTime& at) const;
    static void validate(qint64 hundredthsPerHour);

private:
    QSqlDatabase m_db;
};
