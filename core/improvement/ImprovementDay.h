#pragma once

#include "Clock.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVariant>

// The company's days for the improvement loop: today in the company's time zone (the deadline
// settings'), and a day as stored (12:00 UTC of it, as RecordWriter stores a QDate).
namespace ImprovementDay {
QDate today(const QSqlDatabase& db, const Clock& clock);
qint64 stamp(const QDate& day);
QVariant idOrNull(qint64 id);
} // namespace ImprovementDay
