#pragma once

#include <QDateTime>
#include <QSqlDatabase>

// The customer loops of the demonstration (issue 15), each in every state, written through the
// loops' services as people would after the sample cases: call-backs made (satisfied, remarks,
// an objection that became a case) beside those due, overdue and not due yet; a manager's
// visits planned, recorded and waived; a round of return visits planned, recorded, sent, signed
// for and filed; last year's survey reviewed and this year's coming back; orders to prepare
// not recorded, partly checked and ready.
namespace SampleLoops {
// objection: one call-back's objection logs a case (one of the sample cases asked for).
void write(const QSqlDatabase& db, const QDateTime& now, bool objection);
} // namespace SampleLoops
