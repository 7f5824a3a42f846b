#pragma once

#include "domain/WorkflowInputs.h"

#include <QCoreApplication>

class FieldCheck;
class RecordWriter;

// The costs a record of the flow carries (issue 13: the cost of poor quality): checked with the
// record's other fields and written with it, audited like every field, one row per record
// ("service", "return_received", "return_reworked", "return_resupplied"). A record without any
// cost writes no row.
class CostRecords
{
    Q_DECLARE_TR_FUNCTIONS(CostRecords)
public:
    static constexpr double maxLabourHours = 10000;
    static constexpr qint64 maxAmount = 100000000000LL; // a thousand million in hundredths

    static void check(FieldCheck& check, const CostData& costs);
    static void write(RecordWriter& writer, qint64 caseId, const QString& record, const CostData& costs);
};
