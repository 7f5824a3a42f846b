#include "transfer/SerialRowImporter.h"

#include "UserError.h"
#include "db/BulkStatement.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "db/WriteScope.h"
#include "lists/ListSpec.h"
#include "lists/ListValidator.h"

namespace {
const QString serialColumn = QStringLiteral("serial_no");
const QString modelColumn = QStringLiteral("model");
const QString customerColumn = QStringLiteral("customer");
const QString orderColumn = QStringLiteral("order_no");
const QString batchColumn = QStringLiteral("batch_no");
const QString deliveredColumn = QStringLiteral("delivered");
const QString activeColumn = QStringLiteral("active");

// text.simplified() without a copy when it is simplified already (nearly every value of a file).
QString simplified(const QString& text)
{
    const qsizetype n = text.size();
    if (n == 0 || (text.front() != u' ' && text.back() != u' ')) {
        bool plain = true;
        for (qsizetype i = 0; i < n && plain; ++i) {
            const QChar c = text.at(i);
            plain = c == u' ' ? text.at(i - 1) != u' ' : !c.isSpace();
        }
        if (plain)
            return text;
    }
    return text.simplified();
}
} // namespace

SerialRowImporter::SerialRowImporter(QSqlDatabase db, const Clock& clock, const User& actor,
                                     const TransferKind& kind, const ImportOptions& options)
    : ListRowImporter(db, clock, actor, kind, options)
    , m_db(db)
    , m_models(db, ListSpecs::get(QStringLiteral("product_models")))
    , m_serialMaxLength(m_spec.field(serialColumn)->maxLength)
    , m_added(db, clock, actor.id, QStringLiteral("serials"), serialColumn, options.source)
    , m_insert(Sql::prepared(db,
                             QStringLiteral("INSERT INTO serials(serial_no, shipment_id, model_id) VALUES "
                                            "(?, ?, ?) ON CONFLICT(serial_no) DO NOTHING")))
{
}

const QString& SerialRowImporter::batchKey(const RowValues& row)
{
    // Rows of one batch follow each other: its key is made once, not once a row.
    const QString order = row.value(orderColumn);
    const QString number = row.value(batchColumn);
    if (m_keyValid && order == m_keyOrder && number == m_keyNumber)
        return m_key;
    m_keyOrder = order;
    m_keyNumber = number;
    m_key = simplified(order) + QChar(0x1f) + simplified(number);
    m_keyValid = true;
    return m_key;
}

SerialRowImporter::Batch SerialRowImporter::batch(const RowValues& row, bool& added)
{
    added = false;
    const QString order = simplified(row.value(orderColumn));
    const QString number = simplified(row.value(batchColumn));
    const QString key = batchKey(row);
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

qint64 SerialRowImporter::shipmentOf(const RowValues& row)
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
    return b.id;
}

QVariantMap SerialRowImporter::values(const RowValues& row)
{
    QVariantMap values;
    values.insert(serialColumn, row.value(serialColumn));
    values.insert(QStringLiteral("model_id"), row.value(modelColumn));
    values.insert(QStringLiteral("shipment_id"), shipmentOf(row));
    return values;
}

std::optional<RowImporter::Outcome> SerialRowImporter::quickAdd(const RowValues& row)
{
    const QString serial = simplified(row.value(serialColumn));
    if (serial.isEmpty() || serial.size() > m_serialMaxLength)
        return std::nullopt;
    if (row.has(activeColumn)) {
        const QString active = row.value(activeColumn);
        if (!active.trimmed().isEmpty() && ListValidator::yesNo(active) != std::optional<bool>(true))
            return std::nullopt;
    }
    const CodeCache::Entry* model = m_models.find(row.value(modelColumn).trimmed());
    if (!model || !model->active)
        return std::nullopt;
    const auto known = m_batches.constFind(batchKey(row));
    if (known != m_batches.cend() && known->customerCode != row.value(customerColumn).trimmed())
        return std::nullopt;
    // The first row of a batch finds or adds it through ListService; the batch goes again
    // with the row when its serial number is refused.
    std::optional<WriteScope> scope;
    if (known == m_batches.cend())
        scope.emplace(m_db);
    const qint64 shipment = scope ? shipmentOf(row) : known->id;
    // A number already in the database inserts nothing: ListService then refuses or updates it.
    const qint64 id = m_insert.bind(1, serial).bind(2, shipment).bind(3, model->id).run();
    if (m_insert.changes() == 0) {
        if (!m_addedKey.isEmpty()) // rolled back with the scope
            m_batches.remove(m_addedKey);
        m_addedKey.clear();
        return std::nullopt;
    }
    if (scope)
        scope->commit();
    m_added.add(id, serial);
    return Outcome::Added;
}

RowImporter::Outcome SerialRowImporter::importRow(const RowValues& row)
{
    m_addedKey.clear();
    try {
        if (const std::optional<Outcome> added = quickAdd(row))
            return *added;
        WriteScope scope(m_db); // the batch the row adds goes again with a refused row
        const Outcome outcome = ListRowImporter::importRow(row);
        scope.commit();
        return outcome;
    } catch (...) {
        if (!m_addedKey.isEmpty()) // rolled back with the row
            m_batches.remove(m_addedKey);
        throw;
    }
}

void SerialRowImporter::finish()
{
    m_added.flush();
}
