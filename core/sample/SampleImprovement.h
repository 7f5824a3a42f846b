#pragma once

#include <QDateTime>
#include <QSqlDatabase>

// The improvement loop's sample data (issue 14): tracings of recent analysed cases (one closed
// with all nine steps signed off, one half way, one just opened), corrective actions in every
// state (one overdue, one done, one checked effective, one closed after the three meetings) and
// two special treatment groups (one open with progress, one closed), written through the
// services so they follow the rules. A handful of rows whatever the number of cases.
namespace SampleImprovement {
void add(const QSqlDatabase& db, const QDateTime& now);
} // namespace SampleImprovement
