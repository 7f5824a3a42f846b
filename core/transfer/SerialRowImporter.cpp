#include "transfer/SerialRowImporter.h"

#include "UserError.h"
#include "db/DatabaseError.h"
#include "lists/ListSpec.h"

namespace {
const QString customerColumn = QStringLiteral("customer");
const QString orderColumn = QStringLiteral("order_no");
const QString batchColumn = QStringLiteral("batch_no");
const QString deliveredColumn = QStringLiteral("delivered");
} // namespace

SerialRowImporter::SerialRowImporter(QSqlDatabase db, const Clock& clock, const User& actor,
                                     const TransferKind& kind, const ImportOptions& options)
    : ListRowImporter(std::move(db), clock, actor, kind, options)
{
}

SerialRowImporter::Batch SerialRowImporter::batch(const RowValues& row, bool& added)
{
    added = false;
    const QString order = row.value(orderColumn).simplified();
    const QString number = row.value(batchColumn).simplified();
    const QString key = order + QChar(0x1f) + number;
    const auto known = m_batches.constFind(key);
    if (known != m_batches.cend())
        return *known;
    const QString shipments = QStringLiteral("shipments");
    Batch b;
    b.id = m_lists.findId(shipments, QVariantMap {{orderColumn, order}, {batchColumn, number}});
    if (b.id > 0) {
        b.customerId = m_lists.load(shipments, b.id).value(QStringLiteral("customer_id")).toLongLong();
        b.customerCode = m_lists.load(QStringLiteral("customers"), b.customerId)
                             .value(QStringLiteral("code"))
                             .toString();
    } else {
        try {
            b.id = m_lists.add(m_actor, shipments,
                               {{orderColumn, order},
                                {batchColumn, number},
                                {QStringLiteral("customer_id"), row.value(customerColumn)},
                                {QStringLiteral("shipped_at"), row.value(deliveredColumn)}});
        } catch (const DatabaseError&) {
            throw;
        } catch (const UserError& error) {
            refuse(error);
        }
        b.customerId = m_lists.load(shipments, b.id).value(QStringLiteral("customer_id")).toLongLong();
        b.customerCode = row.value(customerColumn).trimmed();
        added = true;
        m_addedKey = key;
    }
    m_batches.insert(key, b);
    return b;
}

QVariantMap SerialRowImporter::values(const RowValues& row)
{
    bool added = false;
    const Batch b = batch(row, added);
    const QString customer = row.value(customerColumn).trimmed();
    if (!added && customer != b.customerCode
        && m_lists.findId(QStringLiteral("customers"), customer) != b.customerId) {
        const QString message = tr("Order %1, batch %2 went to the customer %3, not to “%4”: one batch goes "
                                   "to one customer.")
                                    .arg(row.value(orderColumn).simplified(),
                                         row.value(batchColumn).simplified(), b.customerCode, customer);
        throw UserError(message, {{customerColumn, message}});
    }
    QVariantMap values;
    values.insert(QStringLiteral("serial_no"), row.value(QStringLiteral("serial_no")));
    values.insert(QStringLiteral("model_id"), row.value(QStringLiteral("model")));
    values.insert(QStringLiteral("shipment_id"), b.id);
    return values;
}

RowImporter::Outcome SerialRowImporter::importRow(const RowValues& row)
{
    m_addedKey.clear();
    try {
        return ListRowImporter::importRow(row);
    } catch (...) {
        if (!m_addedKey.isEmpty()) // rolled back with the row
            m_batches.remove(m_addedKey);
        throw;
    }
}
