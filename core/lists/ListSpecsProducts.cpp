#include "lists/ListFieldMakers.h"
#include "lists/ListSpec.h"

using namespace ListFields;
namespace F = FieldFlag;

// Product lines and models; orders delivered in batches, with their serial numbers.
QList<ListSpec> ListSpecs::productLists()
{
    ListSpec lines;
    lines.id = lines.table = QStringLiteral("product_lines");
    lines.title = QT_TRANSLATE_NOOP("ListSpecs", "Product lines");
    lines.entryName = QT_TRANSLATE_NOOP("ListSpecs", "product line");
    lines.fields = {
        text(QStringLiteral("code"), QT_TRANSLATE_NOOP("ListSpecs", "Code"),
             F::Required | F::Unique | F::FixedWhenUsed | F::Column | F::Sortable | F::Search, 30),
        text(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListSpecs", "Name"),
             F::Required | F::Column | F::Sortable | F::Search),
        text(QStringLiteral("name_zh"), QT_TRANSLATE_NOOP("ListSpecs", "Name in Chinese"),
             F::Column | F::Search),
    };
    lines.display = QStringLiteral("%1.name");
    lines.defaultSort = QStringLiteral("code");
    lines.keyField = QStringLiteral("code");
    const QString lineCode = QStringLiteral("(SELECT code FROM product_lines WHERE id = ?)");
    lines.usedBy
        = {QStringLiteral("SELECT 1 FROM product_models WHERE product_line = %1 LIMIT 1").arg(lineCode),
           QStringLiteral("SELECT 1 FROM technician_lines WHERE product_line = %1 LIMIT 1").arg(lineCode),
           QStringLiteral("SELECT 1 FROM technician_training WHERE product_line = %1 LIMIT 1").arg(lineCode)};

    ListSpec models;
    models.id = models.table = QStringLiteral("product_models");
    models.title = QT_TRANSLATE_NOOP("ListSpecs", "Product models");
    models.entryName = QT_TRANSLATE_NOOP("ListSpecs", "product model");
    models.fields = {
        text(QStringLiteral("code"), QT_TRANSLATE_NOOP("ListSpecs", "Model code"),
             F::Required | F::Unique | F::Column | F::Sortable | F::Search, 40),
        text(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListSpecs", "Name"),
             F::Required | F::Column | F::Sortable | F::Search),
        text(QStringLiteral("name_zh"), QT_TRANSLATE_NOOP("ListSpecs", "Name in Chinese"), F::Search),
        reference(QStringLiteral("product_line"), QT_TRANSLATE_NOOP("ListSpecs", "Product line"),
                  F::Required | F::Column | F::Sortable, QStringLiteral("product_lines"),
                  QStringLiteral("code")),
        text(QStringLiteral("model_type"), QT_TRANSLATE_NOOP("ListSpecs", "Type"),
             F::Column | F::Sortable | F::Search, 100),
        integer(QStringLiteral("size_dn"), QT_TRANSLATE_NOOP("ListSpecs", "Size DN"), F::Column | F::Sortable,
                1, 5000),
        text(QStringLiteral("pressure_rating"), QT_TRANSLATE_NOOP("ListSpecs", "Pressure rating"),
             F::Column | F::Search, 30),
    };
    models.display = QStringLiteral("%1.code || ' — ' || %1.name");
    models.defaultSort = QStringLiteral("code");
    models.keyField = QStringLiteral("code");
    models.usedBy = {QStringLiteral("SELECT 1 FROM cases WHERE model_id = ? LIMIT 1"),
                     QStringLiteral("SELECT 1 FROM serials WHERE model_id = ? LIMIT 1")};

    ListSpec shipments;
    shipments.id = shipments.table = QStringLiteral("shipments");
    shipments.title = QT_TRANSLATE_NOOP("ListSpecs", "Orders and batches");
    shipments.entryName = QT_TRANSLATE_NOOP("ListSpecs", "delivered batch");
    shipments.fields = {
        text(QStringLiteral("order_no"), QT_TRANSLATE_NOOP("ListSpecs", "Order no."),
             F::Required | F::Column | F::Sortable | F::Search, 60),
        text(QStringLiteral("batch_no"), QT_TRANSLATE_NOOP("ListSpecs", "Batch no."),
             F::Required | F::Column | F::Sortable | F::Search, 60),
        reference(QStringLiteral("customer_id"), QT_TRANSLATE_NOOP("ListSpecs", "Customer"),
                  F::Required | F::Column | F::Sortable, QStringLiteral("customers")),
        reference(QStringLiteral("site_id"), QT_TRANSLATE_NOOP("ListSpecs", "Site"), F::Column,
                  QStringLiteral("customer_sites")),
        date(QStringLiteral("shipped_at"), QT_TRANSLATE_NOOP("ListSpecs", "Delivery date"),
             F::Required | F::Column | F::Sortable),
    };
    shipments.fields[3].refWithin = QStringLiteral("customer_id");
    shipments.display = QStringLiteral("%1.order_no || ' / ' || %1.batch_no");
    shipments.defaultSort = QStringLiteral("order_no");
    shipments.uniqueTogether = {QStringLiteral("order_no"), QStringLiteral("batch_no")};
    shipments.usedBy = {QStringLiteral("SELECT 1 FROM serials WHERE shipment_id = ? LIMIT 1")};

    // Serial numbers can run to hundreds of thousands: found by their beginning, sorted by number.
    ListSpec serials;
    serials.id = serials.table = QStringLiteral("serials");
    serials.title = QT_TRANSLATE_NOOP("ListSpecs", "Serial numbers");
    serials.entryName = QT_TRANSLATE_NOOP("ListSpecs", "serial number");
    serials.fields = {
        text(QStringLiteral("serial_no"), QT_TRANSLATE_NOOP("ListSpecs", "Serial no."),
             F::Required | F::Unique | F::FixedWhenUsed | F::Column | F::Sortable | F::SearchPrefix, 60),
        reference(QStringLiteral("shipment_id"), QT_TRANSLATE_NOOP("ListSpecs", "Order / batch"),
                  F::Required | F::Column, QStringLiteral("shipments")),
        reference(QStringLiteral("model_id"), QT_TRANSLATE_NOOP("ListSpecs", "Product model"),
                  F::Required | F::Column, QStringLiteral("product_models")),
    };
    serials.parentField = QStringLiteral("shipment_id");
    serials.extraColumns
        = {{QT_TRANSLATE_NOOP("ListSpecs", "Customer"),
            QStringLiteral("(SELECT c.name FROM shipments s JOIN customers c ON c.id = s.customer_id "
                           "WHERE s.id = t.shipment_id)")}};
    serials.display = QStringLiteral("%1.serial_no");
    serials.defaultSort = QStringLiteral("serial_no");
    serials.keyField = QStringLiteral("serial_no");
    serials.usedBy = {QStringLiteral(
        "SELECT 1 FROM cases WHERE serial_no = (SELECT serial_no FROM serials WHERE id = ?) LIMIT 1")};
    return {lines, models, shipments, serials};
}
