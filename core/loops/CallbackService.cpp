#include "loops/CallbackService.h"

#include "UserError.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "loops/CallbackQuery.h"
#include "loops/LoopRules.h"
#include "workflow/FieldCheck.h"
#include "workflow/WorkflowService.h"

CallbackService::CallbackService(QSqlDatabase db, const Clock& clock, WorkflowService& workflow)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_workflow(workflow)
{
}

BatchCallback CallbackService::batch(qint64 shipmentId) const
{
    const auto found = CallbackQuery(m_db, m_clock).one(shipmentId);
    if (!found)
        throw UserError(tr("There is no such delivered batch."));
    return *found;
}

QList<NamedItem> CallbackService::models(qint64 shipmentId) const
{
    QSqlQuery q
        = Sql::exec(m_db,
                    QStringLiteral("SELECT m.id, m.code, m.name FROM serials s JOIN product_models m ON "
                                   "m.id = s.model_id WHERE s.shipment_id = ? AND m.active = 1 "
                                   "GROUP BY m.id ORDER BY count(*) DESC, m.code"),
                    {shipmentId});
    QList<NamedItem> models;
    while (q.next())
        models.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return models;
}

IntakeData CallbackService::objectionCase(const BatchCallback& b, const CallbackData& call) const
{
    IntakeData d;
    d.receivedAt = call.calledAt.isValid() ? call.calledAt : m_clock.now();
    d.channel = QStringLiteral("phone");
    d.customerId = b.customerId;
    d.contactName = call.contactName.trimmed();
    d.contactPhone = call.contactPhone.trimmed();
    d.serialNo = call.serialNo.trimmed();
    d.modelId = call.modelId;
    if (d.modelId == 0 && d.serialNo.isEmpty()) {
        const QList<NamedItem> inBatch = models(b.shipmentId);
        if (inBatch.size() == 1)
            d.modelId = inBatch.first().id;
    }
    d.batchNo = b.batchNo;
    d.orderNo = b.orderNo;
    d.quantity = call.quantity;
    d.symptom = call.symptom.trimmed();
    d.customerRequest = call.customerRequest.trimmed();
    d.siteAddress = b.siteAddress.isEmpty() ? b.siteName : b.siteAddress;
    d.isObjection = true;
    return d;
}

qint64 CallbackService::record(const User& user, const CallbackData& call)
{
    LoopRules::require(user, LoopStep::RecordCallback);
    const QDateTime now = m_clock.now();
    const QDateTime calledAt = call.calledAt.isValid() ? call.calledAt : now;
    Transaction transaction(m_db);
    const BatchCallback b = batch(call.shipmentId);
    if (b.id > 0)
        throw UserError(
            tr("%1 has already called the customer back about this batch on %2.")
                .arg(b.calledBy, b.calledAt.toTimeZone(QTimeZone::utc()).date().toString(Qt::ISODate)));
    if (!Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM shipments WHERE id = ? AND active = 1"),
                     {b.shipmentId})
             .isValid())
        throw UserError(tr("This batch is no longer in the list of orders and batches."));
    const bool objection = call.opinion == CallbackOpinion::Objection;
    FieldCheck check;
    check.require(calledAt <= now.addSecs(300), QStringLiteral("calledAt"),
                  tr("The call cannot be in the future."));
    check.require(calledAt.toUTC().date() >= b.deliveredOn, QStringLiteral("calledAt"),
                  tr("The call-back follows the delivery: the call cannot be before %1.")
                      .arg(b.deliveredOn.toString(Qt::ISODate)));
    check.require(!call.contactName.trimmed().isEmpty(), QStringLiteral("contactName"),
                  tr("Give the name of the customer's person you spoke to."));
    check.require(call.opinion != CallbackOpinion::Remarks || !call.comments.trimmed().isEmpty(),
                  QStringLiteral("comments"), tr("Write down the customer's remarks."));
    check.require(!objection || !call.symptom.trimmed().isEmpty(), QStringLiteral("symptom"),
                  tr("Describe the problem the customer objects to: it becomes the case's symptom."));
    check.throwIfAny();
    qint64 caseId = 0;
    if (objection)
        caseId = m_workflow.logCase(user, objectionCase(b, call)); // its own checks name their fields
    RecordWriter writer(m_db, user.id, now);
    const qint64 id
        = writer.insert(QStringLiteral("batch_callbacks"), 0,
                        {{QStringLiteral("shipment_id"), b.shipmentId},
                         {QStringLiteral("called_at"), calledAt},
                         {QStringLiteral("called_by"), user.id},
                         {QStringLiteral("contact_name"), call.contactName.trimmed()},
                         {QStringLiteral("opinion"), CallbackOpinions::code(call.opinion)},
                         {QStringLiteral("comments"), call.comments.trimmed()},
                         {QStringLiteral("case_id"), caseId > 0 ? QVariant(caseId) : QVariant()}});
    transaction.commit();
    return id;
}
