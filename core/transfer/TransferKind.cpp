#include "transfer/TransferKind.h"

namespace {
TransferColumn col(const char* name, const char* field, const char* label, bool required = false)
{
    return {QString::fromLatin1(name), QString::fromLatin1(field), label, "ListSpecs", required};
}

TransferColumn caseCol(const char* name, const char* label, bool required = false)
{
    return {QString::fromLatin1(name), QString::fromLatin1(name), label, "TransferKinds", required};
}

TransferColumn active()
{
    return caseCol("active", QT_TRANSLATE_NOOP("TransferKinds", "Active"));
}

QList<TransferKind> makeKinds()
{
    QList<TransferKind> kinds;
    kinds.append({QStringLiteral("customers"),
                  QT_TRANSLATE_NOOP("TransferKinds", "Customers"),
                  QStringLiteral("customers"),
                  QStringLiteral("code"),
                  {col("code", "code", QT_TRANSLATE_NOOP("ListSpecs", "Code")),
                   col("name", "name", QT_TRANSLATE_NOOP("ListSpecs", "Name"), true),
                   col("name_zh", "name_zh", QT_TRANSLATE_NOOP("ListSpecs", "Name in Chinese")),
                   col("key_customer", "key_customer", QT_TRANSLATE_NOOP("ListSpecs", "Key customer")),
                   col("region", "region", QT_TRANSLATE_NOOP("ListSpecs", "Region")),
                   col("address", "address", QT_TRANSLATE_NOOP("ListSpecs", "Address")),
                   col("needs_completion", "needs_completion",
                       QT_TRANSLATE_NOOP("ListSpecs", "To be completed by the office")),
                   active()}});
    kinds.append({QStringLiteral("contacts"),
                  QT_TRANSLATE_NOOP("TransferKinds", "Contacts"),
                  QStringLiteral("contacts"),
                  QString(),
                  {col("customer", "customer_id", QT_TRANSLATE_NOOP("ListSpecs", "Customer"), true),
                   col("name", "name", QT_TRANSLATE_NOOP("ListSpecs", "Name"), true),
                   col("phone", "phone", QT_TRANSLATE_NOOP("ListSpecs", "Phone")),
                   col("email", "email", QT_TRANSLATE_NOOP("ListSpecs", "E-mail")), active()}});
    kinds.append(
        {QStringLiteral("models"),
         QT_TRANSLATE_NOOP("TransferKinds", "Product models"),
         QStringLiteral("product_models"),
         QStringLiteral("code"),
         {col("code", "code", QT_TRANSLATE_NOOP("ListSpecs", "Model code"), true),
          col("name", "name", QT_TRANSLATE_NOOP("ListSpecs", "Name"), true),
          col("name_zh", "name_zh", QT_TRANSLATE_NOOP("ListSpecs", "Name in Chinese")),
          col("product_line", "product_line", QT_TRANSLATE_NOOP("ListSpecs", "Product line"), true),
          col("model_type", "model_type", QT_TRANSLATE_NOOP("ListSpecs", "Type")),
          col("size_dn", "size_dn", QT_TRANSLATE_NOOP("ListSpecs", "Size DN")),
          col("pressure_rating", "pressure_rating", QT_TRANSLATE_NOOP("ListSpecs", "Pressure rating")),
          active()}});
    kinds.append(
        {QStringLiteral("serials"),
         QT_TRANSLATE_NOOP("TransferKinds", "Serial numbers"),
         QStringLiteral("serials"),
         QStringLiteral("serial_no"),
         {col("serial_no", "serial_no", QT_TRANSLATE_NOOP("ListSpecs", "Serial no."), true),
          col("model", "model_id", QT_TRANSLATE_NOOP("ListSpecs", "Product model"), true),
          col("customer", "customer_id", QT_TRANSLATE_NOOP("ListSpecs", "Customer"), true),
          col("order_no", "order_no", QT_TRANSLATE_NOOP("ListSpecs", "Order no."), true),
          col("batch_no", "batch_no", QT_TRANSLATE_NOOP("ListSpecs", "Batch no."), true),
          col("delivered", "shipped_at", QT_TRANSLATE_NOOP("ListSpecs", "Delivery date"), true), active()}});
    kinds.append({QStringLiteral("agencies"),
                  QT_TRANSLATE_NOOP("TransferKinds", "Service agencies"),
                  QStringLiteral("service_agencies"),
                  QStringLiteral("code"),
                  {col("code", "code", QT_TRANSLATE_NOOP("ListSpecs", "Code")),
                   col("name", "name", QT_TRANSLATE_NOOP("ListSpecs", "Name"), true),
                   col("region", "region", QT_TRANSLATE_NOOP("ListSpecs", "Region")),
                   col("address", "address", QT_TRANSLATE_NOOP("ListSpecs", "Address")),
                   col("phone", "phone", QT_TRANSLATE_NOOP("ListSpecs", "Phone")), active()}});
    kinds.append({QStringLiteral("technicians"),
                  QT_TRANSLATE_NOOP("TransferKinds", "Technicians"),
                  QStringLiteral("technicians"),
                  QStringLiteral("code"),
                  {col("code", "code", QT_TRANSLATE_NOOP("ListSpecs", "Code")),
                   col("name", "name", QT_TRANSLATE_NOOP("ListSpecs", "Name"), true),
                   col("agency", "agency_id", QT_TRANSLATE_NOOP("ListSpecs", "Service agency"), true),
                   col("phone", "phone", QT_TRANSLATE_NOOP("ListSpecs", "Phone")),
                   col("email", "email", QT_TRANSLATE_NOOP("ListSpecs", "E-mail")),
                   col("lines", "lines", QT_TRANSLATE_NOOP("ListSpecs", "Product lines known")),
                   col("models", "models", QT_TRANSLATE_NOOP("ListSpecs", "Models known")), active()}});
    kinds.append({QStringLiteral("cases"),
                  QT_TRANSLATE_NOOP("TransferKinds", "Past cases"),
                  QString(),
                  QStringLiteral("number"),
                  {caseCol("number", QT_TRANSLATE_NOOP("TransferKinds", "Case number")),
                   caseCol("status", QT_TRANSLATE_NOOP("TransferKinds", "Status"), true),
                   caseCol("received_at", QT_TRANSLATE_NOOP("TransferKinds", "Received"), true),
                   caseCol("channel", QT_TRANSLATE_NOOP("TransferKinds", "Channel"), true),
                   caseCol("customer", QT_TRANSLATE_NOOP("TransferKinds", "Customer"), true),
                   caseCol("contact_name", QT_TRANSLATE_NOOP("TransferKinds", "Contact")),
                   caseCol("contact_phone", QT_TRANSLATE_NOOP("TransferKinds", "Contact phone")),
                   caseCol("model", QT_TRANSLATE_NOOP("TransferKinds", "Product model")),
                   caseCol("serial_no", QT_TRANSLATE_NOOP("TransferKinds", "Serial no.")),
                   caseCol("batch_no", QT_TRANSLATE_NOOP("TransferKinds", "Batch no.")),
                   caseCol("order_no", QT_TRANSLATE_NOOP("TransferKinds", "Order no.")),
                   caseCol("quantity", QT_TRANSLATE_NOOP("TransferKinds", "Quantity")),
                   caseCol("symptom", QT_TRANSLATE_NOOP("TransferKinds", "Symptom"), true),
                   caseCol("customer_request", QT_TRANSLATE_NOOP("TransferKinds", "Customer's request")),
                   caseCol("site_address", QT_TRANSLATE_NOOP("TransferKinds", "Site address")),
                   caseCol("is_objection", QT_TRANSLATE_NOOP("TransferKinds", "Objection to quality")),
                   caseCol("logged_at", QT_TRANSLATE_NOOP("TransferKinds", "Logged")),
                   caseCol("sent_at", QT_TRANSLATE_NOOP("TransferKinds", "Sent to Quality")),
                   caseCol("recorded_at", QT_TRANSLATE_NOOP("TransferKinds", "Recorded by Quality")),
                   caseCol("analysed_at", QT_TRANSLATE_NOOP("TransferKinds", "Analysed")),
                   caseCol("verification", QT_TRANSLATE_NOOP("TransferKinds", "Verification")),
                   caseCol("analysis", QT_TRANSLATE_NOOP("TransferKinds", "Analysis")),
                   caseCol("defect_category", QT_TRANSLATE_NOOP("TransferKinds", "Defect category")),
                   caseCol("defect_cause", QT_TRANSLATE_NOOP("TransferKinds", "Defect cause")),
                   caseCol("grade", QT_TRANSLATE_NOOP("TransferKinds", "Grade")),
                   caseCol("temporary_measures", QT_TRANSLATE_NOOP("TransferKinds", "Temporary measures")),
                   caseCol("processing_due_at", QT_TRANSLATE_NOOP("TransferKinds", "Processing deadline")),
                   caseCol("disposal_at", QT_TRANSLATE_NOOP("TransferKinds", "Disposal suggestion given")),
                   caseCol("disposal_suggestion", QT_TRANSLATE_NOOP("TransferKinds", "Disposal suggestion")),
                   caseCol("closed_at", QT_TRANSLATE_NOOP("TransferKinds", "Closed")),
                   caseCol("problem_summary", QT_TRANSLATE_NOOP("TransferKinds", "Problem summary")),
                   caseCol("treatment_result", QT_TRANSLATE_NOOP("TransferKinds", "Result of treatment")),
                   caseCol("written_feedback", QT_TRANSLATE_NOOP("TransferKinds", "Written feedback"))}});
    return kinds;
}
} // namespace

QString TransferColumn::labelText() const
{
    return TransferKinds::translated(labelContext, label);
}

QStringList TransferKind::header() const
{
    QStringList names;
    for (const TransferColumn& c : columns)
        names.append(c.name);
    return names;
}

const TransferColumn* TransferKind::column(const QString& name) const
{
    for (const TransferColumn& c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

const TransferColumn* TransferKind::columnOfField(const QString& field) const
{
    for (const TransferColumn& c : columns)
        if (c.field == field)
            return &c;
    return nullptr;
}

QString TransferKind::titleText() const
{
    return TransferKinds::translated("TransferKinds", title);
}

QString TransferKinds::translated(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

const QList<TransferKind>& TransferKinds::all()
{
    static const QList<TransferKind> kinds = makeKinds();
    return kinds;
}

const TransferKind* TransferKinds::find(const QString& id)
{
    for (const TransferKind& k : all())
        if (k.id == id)
            return &k;
    return nullptr;
}

QStringList TransferKinds::ids()
{
    QStringList list;
    for (const TransferKind& k : all())
        list.append(k.id);
    return list;
}
