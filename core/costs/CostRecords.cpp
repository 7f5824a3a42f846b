#include "costs/CostRecords.h"

#include "db/RecordWriter.h"
#include "workflow/FieldCheck.h"

void CostRecords::check(FieldCheck& check, const CostData& d)
{
    const auto amount = [&](qint64 value, const char* field) {
        check.require(value >= 0, QString::fromLatin1(field), tr("A cost cannot be negative."));
        check.require(value <= maxAmount, QString::fromLatin1(field),
                      tr("That is more than a thousand million: check the amount."));
    };
    amount(d.partsCost, "partsCost");
    amount(d.travelCost, "travelCost");
    amount(d.replacementCost, "replacementCost");
    check.require(d.labourHours >= 0, QStringLiteral("labourHours"), tr("Hours worked cannot be negative."));
    check.require(d.labourHours <= maxLabourHours, QStringLiteral("labourHours"),
                  tr("Give the hours worked on this case (at most %1).").arg(maxLabourHours));
}

void CostRecords::write(RecordWriter& writer, qint64 caseId, const QString& record, const CostData& d)
{
    if (d.isEmpty())
        return;
    writer.insert(QStringLiteral("case_costs"), caseId,
                  {{QStringLiteral("case_id"), caseId},
                   {QStringLiteral("record"), record},
                   {QStringLiteral("parts_cost"), d.partsCost},
                   {QStringLiteral("labour_hours"), d.labourHours},
                   {QStringLiteral("travel_cost"), d.travelCost},
                   {QStringLiteral("replacement_cost"), d.replacementCost}});
}
