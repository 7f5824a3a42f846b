#include "cases/AuditWords.h"

#include "UserError.h"
#include "attachments/AttachmentKinds.h"
#include "attachments/AttachmentSteps.h"
#include "db/Sql.h"
#include "domain/CaseStatus.h"
#include "domain/Channels.h"
#include "domain/PlanKinds.h"
#include "domain/VisitKinds.h"
#include "i18n/Translations.h"

namespace {
bool is(const QString& s, const char* text)
{
    return s == QLatin1String(text);
}
} // namespace

AuditWords::AuditWords(QSqlDatabase db, QTimeZone zone)
    : m_db(std::move(db))
    , m_zone(std::move(zone))
    , m_chinese(Translations::current().startsWith(QLatin1String("zh")))
{
}

bool AuditWords::isBookkeeping(const QString& field)
{
    return field.endsWith(QLatin1String("_by")) || is(field, "case_id") || is(field, "visit_id");
}

QString AuditWords::label(const QString& entity, const QString& f)
{
    // Fields whose words depend on the record they belong to.
    if (is(entity, "case_units")) {
        if (is(f, "unit_id"))
            return tr("Responsible unit");
        if (is(f, "task"))
            return tr("Task");
        if (is(f, "due_at"))
            return tr("Reply due");
        if (is(f, "received_at"))
            return tr("Feedback sheet received");
        if (is(f, "replied_at"))
            return tr("Replied");
        if (is(f, "reply"))
            return tr("Reply");
    } else if (is(entity, "plans")) {
        if (is(f, "kind"))
            return tr("What will be done");
        if (is(f, "received_at"))
            return tr("Returned product received");
        if (is(f, "reworked_at"))
            return tr("Product reworked");
        if (is(f, "resupplied_at"))
            return tr("Product resupplied");
        if (is(f, "completed_at"))
            return tr("Plan carried out");
        if (is(f, "completion_note"))
            return tr("What was done");
        if (is(f, "planned_at"))
            return tr("Planned");
        if (is(f, "details"))
            return tr("Details");
    } else if (is(entity, "service_records")) {
        if (is(f, "recorded_at"))
            return tr("Recorded");
        if (is(f, "result"))
            return tr("Result");
    } else if (is(entity, "visits")) {
        if (is(f, "kind"))
            return tr("Return visit");
        if (is(f, "feedback"))
            return tr("Feedback, as the customer said it");
    } else if (is(entity, "follow_ups")) {
        if (is(f, "task"))
            return tr("Problem to settle");
        if (is(f, "due_at"))
            return tr("Deadline");
        if (is(f, "result"))
            return tr("How it was settled");
    } else if (is(entity, "feedback_sheets")) {
        if (is(f, "number"))
            return tr("Feedback sheet number");
    } else if (is(entity, "case_attachments")) {
        static const QHash<QString, const char*> file {
            {QStringLiteral("file_name"), QT_TR_NOOP("File name")},
            {QStringLiteral("sha256"), QT_TR_NOOP("SHA-256 of the file")},
            {QStringLiteral("media_type"), QT_TR_NOOP("Type")},
            {QStringLiteral("kind"), QT_TR_NOOP("Kind of file")},
            {QStringLiteral("size"), QT_TR_NOOP("Size")},
            {QStringLiteral("caption"), QT_TR_NOOP("Caption")},
            {QStringLiteral("step"), QT_TR_NOOP("Added at the step")},
            {QStringLiteral("added_at"), QT_TR_NOOP("Added")},
            {QStringLiteral("withdrawn_at"), QT_TR_NOOP("Withdrawn")},
            {QStringLiteral("withdrawn_reason"), QT_TR_NOOP("Reason for withdrawing it")}};
        if (const char* text = file.value(f))
            return tr(text);
    }
    static const QHash<QString, const char*> common {
        {QStringLiteral("number"), QT_TR_NOOP("Case number")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("received_at"), QT_TR_NOOP("Received")},
        {QStringLiteral("channel"), QT_TR_NOOP("How it came in")},
        {QStringLiteral("customer_id"), QT_TR_NOOP("Customer")},
        {QStringLiteral("contact_name"), QT_TR_NOOP("Contact")},
        {QStringLiteral("contact_phone"), QT_TR_NOOP("Contact's phone")},
        {QStringLiteral("model_id"), QT_TR_NOOP("Product model")},
        {QStringLiteral("serial_no"), QT_TR_NOOP("Serial number")},
        {QStringLiteral("batch_no"), QT_TR_NOOP("Batch")},
        {QStringLiteral("order_no"), QT_TR_NOOP("Order")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Quantity")},
        {QStringLiteral("symptom"), QT_TR_NOOP("Symptom")},
        {QStringLiteral("customer_request"), QT_TR_NOOP("Customer's request")},
        {QStringLiteral("site_address"), QT_TR_NOOP("Site address")},
        {QStringLiteral("address"), QT_TR_NOOP("Site address")},
        {QStringLiteral("is_objection"), QT_TR_NOOP("Objection to the quality")},
        {QStringLiteral("logged_at"), QT_TR_NOOP("Logged")},
        {QStringLiteral("sent_at"), QT_TR_NOOP("Sent to Quality")},
        {QStringLiteral("recorded_at"), QT_TR_NOOP("Recorded by Quality")},
        {QStringLiteral("analysed_at"), QT_TR_NOOP("Analysed")},
        {QStringLiteral("verification"), QT_TR_NOOP("Verification")},
        {QStringLiteral("analysis"), QT_TR_NOOP("Analysis")},
        {QStringLiteral("defect_category_id"), QT_TR_NOOP("Defect category")},
        {QStringLiteral("defect_cause_id"), QT_TR_NOOP("Cause")},
        {QStringLiteral("grade_id"), QT_TR_NOOP("Grade of the event")},
        {QStringLiteral("temporary_measures"), QT_TR_NOOP("Temporary measures")},
        {QStringLiteral("processing_due_at"), QT_TR_NOOP("Processing deadline")},
        {QStringLiteral("disposal_suggestion"), QT_TR_NOOP("Disposal suggestion")},
        {QStringLiteral("disposal_at"), QT_TR_NOOP("Disposal suggestion given")},
        {QStringLiteral("closed_at"), QT_TR_NOOP("Closed")},
        {QStringLiteral("problem_summary"), QT_TR_NOOP("Problem")},
        {QStringLiteral("treatment_result"), QT_TR_NOOP("Result of treatment")},
        {QStringLiteral("written_feedback"), QT_TR_NOOP("Written feedback to the customer")},
        {QStringLiteral("waiver_reason"), QT_TR_NOOP("Reason for the waiver")},
        {QStringLiteral("issued_at"), QT_TR_NOOP("Issued")},
        {QStringLiteral("agency_id"), QT_TR_NOOP("Service agency")},
        {QStringLiteral("technician_id"), QT_TR_NOOP("Technician")},
        {QStringLiteral("appointed_at"), QT_TR_NOOP("Appointed arrival")},
        {QStringLiteral("return_order_no"), QT_TR_NOOP("Return plan order")},
        {QStringLiteral("arrived_at"), QT_TR_NOOP("Arrived on site")},
        {QStringLiteral("finished_at"), QT_TR_NOOP("Finished")},
        {QStringLiteral("work_done"), QT_TR_NOOP("Work done")},
        {QStringLiteral("parts_used"), QT_TR_NOOP("Parts used")},
        {QStringLiteral("customer_confirmed"), QT_TR_NOOP("The customer confirmed the service")},
        {QStringLiteral("confirmed_by"), QT_TR_NOOP("Confirmed by")},
        {QStringLiteral("visited_at"), QT_TR_NOOP("Called at")},
        {QStringLiteral("marks"), QT_TR_NOOP("Customer's marks")},
        {QStringLiteral("remarks"), QT_TR_NOOP("Remarks")},
        {QStringLiteral("product_use"), QT_TR_NOOP("Use of the product since")},
        {QStringLiteral("forwarded_to_quality"), QT_TR_NOOP("Forwarded to Quality")},
        {QStringLiteral("requirement"), QT_TR_NOOP("On-site service requirement")},
        {QStringLiteral("confirmed"), QT_TR_NOOP("Confirmed")},
        {QStringLiteral("note"), QT_TR_NOOP("Customer's note")},
        {QStringLiteral("owner_unit_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("done_at"), QT_TR_NOOP("Settled")},
    };
    if (const char* text = common.value(f))
        return tr(text);
    QString words = f;
    return words.replace(u'_', u' ');
}

QString AuditWords::time(const QDateTime& at) const
{
    return at.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString AuditWords::name(const QString& table, const QString& column, qint64 id) const
{
    const QString key = table + u':' + QString::number(id);
    const auto known = m_names.constFind(key);
    if (known != m_names.cend())
        return *known;
    const bool zh = m_chinese
        && (is(table, "units") || is(table, "grades") || is(table, "defect_categories")
            || is(table, "defect_causes"));
    // Table and column names come from the code above, never from the data.
    const QString sql = zh ? QStringLiteral("SELECT CASE WHEN name_zh <> '' THEN name_zh ELSE %1 END FROM %2 "
                                            "WHERE id = ?")
                           : QStringLiteral("SELECT %1 FROM %2 WHERE id = ?");
    const QVariant found = Sql::scalar(m_db, sql.arg(column, table), {id});
    const QString text = found.isValid() ? found.toString() : QString::number(id);
    m_names.insert(key, text);
    return text;
}

QString AuditWords::unitName(qint64 unitId) const
{
    return name(QStringLiteral("units"), QStringLiteral("name"), unitId);
}

QString AuditWords::value(const QString& entity, const QString& f, const QString& stored) const
{
    if (stored.isEmpty())
        return stored;
    if (f.endsWith(QLatin1String("_at"))) {
        const QDateTime at = QDateTime::fromString(stored, Qt::ISODate);
        return at.isValid() ? time(at) : stored;
    }
    if (is(f, "status")) {
        try {
            return CaseStatuses::displayName(CaseStatuses::fromCode(stored));
        } catch (const UserError&) {
            return stored;
        }
    }
    if (is(f, "is_objection") || is(f, "customer_confirmed") || is(f, "forwarded_to_quality")
        || is(f, "confirmed"))
        return stored == QLatin1String("0") ? tr("No") : tr("Yes");
    const qint64 id = stored.toLongLong();
    if (is(f, "grade_id"))
        return name(QStringLiteral("grades"), QStringLiteral("name"), id);
    if (is(f, "defect_category_id"))
        return name(QStringLiteral("defect_categories"), QStringLiteral("name"), id);
    if (is(f, "defect_cause_id"))
        return name(QStringLiteral("defect_causes"), QStringLiteral("name"), id);
    if (is(f, "unit_id") || is(f, "owner_unit_id"))
        return unitName(id);
    if (is(f, "agency_id"))
        return name(QStringLiteral("service_agencies"), QStringLiteral("name"), id);
    if (is(f, "technician_id"))
        return name(QStringLiteral("technicians"), QStringLiteral("name"), id);
    if (is(f, "customer_id"))
        return name(QStringLiteral("customers"), QStringLiteral("name"), id);
    if (is(f, "model_id"))
        return name(QStringLiteral("product_models"), QStringLiteral("code"), id);
    if (is(f, "channel"))
        return Channels::name(stored);
    if (is(f, "kind") && is(entity, "plans") && PlanKinds::isKnown(stored))
        return PlanKinds::name(PlanKinds::fromCode(stored));
    if (is(entity, "case_attachments")) {
        if (is(f, "kind"))
            return AttachmentKinds::displayName(AttachmentKinds::fromCode(stored));
        if (is(f, "step"))
            return AttachmentSteps::displayName(stored);
        if (is(f, "size"))
            return tr("%1 MB").arg(stored.toDouble() / (1024.0 * 1024.0), 0, 'f', 1);
    }
    if (is(f, "kind") && is(entity, "visits") && VisitKinds::isKnown(stored))
        return VisitKinds::name(VisitKinds::fromCode(stored));
    return stored;
}
