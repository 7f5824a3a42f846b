#include "transfer/PastCaseImporter.h"

#include "UserError.h"
#include "lists/ListFieldMakers.h"
#include "lists/ListSpec.h"
#include "lists/ListValidator.h"
#include "workflow/FieldCheck.h"

#include <QRegularExpression>

namespace {
const ListField& refField(const char* list)
{
    static QHash<QString, ListField> fields;
    const QString id = QString::fromLatin1(list);
    auto it = fields.find(id);
    if (it == fields.end())
        it = fields.insert(id, ListFields::reference(id, "", 0, id));
    return *it;
}

QString channelCode(const QString& text)
{
    const QString t = text.trimmed().toLower();
    static const QList<QStringList> words {
        {QStringLiteral("phone"), QStringLiteral("telephone"), QStringLiteral("电话")},
        {QStringLiteral("visit"), QStringLiteral("来访")},
        {QStringLiteral("letter"), QStringLiteral("信函")},
        {QStringLiteral("email"), QStringLiteral("e-mail"), QStringLiteral("电子邮件"),
         QStringLiteral("邮件")},
        {QStringLiteral("onsite"), QStringLiteral("on site"), QStringLiteral("on-site"),
         QStringLiteral("现场")}};
    for (const QStringList& w : words)
        if (w.contains(t))
            return w.first();
    return {};
}

std::optional<CaseStatus> statusOf(const QString& text)
{
    const QString t = text.trimmed();
    for (const CaseStatus s : CaseStatuses::all())
        if (t.compare(CaseStatuses::code(s), Qt::CaseInsensitive) == 0
            || t.compare(CaseStatuses::displayName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

int rank(CaseStatus s)
{
    return static_cast<int>(s);
}
} // namespace

PastCaseImporter::PastCaseImporter(QSqlDatabase db, const Clock& clock, const User& actor,
                                   const ImportOptions& options)
    : m_clock(clock)
    , m_actor(actor)
    , m_options(options)
    , m_deadlines(DeadlineRules::load(db))
    , m_references(db)
    , m_store(db)
    , m_now(clock.now())
{
    for (const char* list : {"customers", "product_models", "grades", "defect_categories", "defect_causes"})
        m_codes.emplace(QString::fromLatin1(list), CodeCache(db, ListSpecs::get(QString::fromLatin1(list))));
}

QStringList PastCaseImporter::importableStatuses()
{
    return {CaseStatuses::code(CaseStatus::Logged), CaseStatuses::code(CaseStatus::SentToQuality),
            CaseStatuses::code(CaseStatus::Recorded), CaseStatuses::code(CaseStatus::Analysed),
            CaseStatuses::code(CaseStatus::Closed)};
}

QString PastCaseImporter::fileKey(const RowValues& row) const
{
    return row.value(QStringLiteral("number")).trimmed();
}

QDateTime PastCaseImporter::parseTime(const QString& text, const QTimeZone& zone)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression dayAndTime(QStringLiteral("[ T]"));
    const qsizetype split = t.indexOf(dayAndTime);
    const QDate day = ListValidator::date(split < 0 ? t : t.left(split));
    if (!day.isValid())
        return {};
    QTime at(0, 0);
    if (split >= 0) {
        const QString clock = t.mid(split + 1).trimmed();
        at = QTime::fromString(clock, QStringLiteral("H:mm:ss"));
        if (!at.isValid())
            at = QTime::fromString(clock, QStringLiteral("H:mm"));
        if (!at.isValid())
            return {};
    }
    return QDateTime(day, at, zone).toUTC();
}

QDateTime PastCaseImporter::time(const RowValues& row, const QString& column, FieldCheck& check) const
{
    const QString raw = row.value(column).trimmed();
    if (raw.isEmpty())
        return {};
    const QDateTime t = parseTime(raw, m_deadlines.rules().zone);
    check.require(
        t.isValid(), column,
        tr("“%1” is not a date and time: write it like 2026-03-31 14:05 (or 2026-03-31).").arg(raw));
    check.require(!t.isValid() || t <= m_now.addSecs(300), column,
                  tr("“%1” is in the future: a past case happened before today.").arg(raw));
    return t;
}

qint64 PastCaseImporter::reference(const RowValues& row, const QString& column, const ListField& field,
                                   FieldCheck& check) const
{
    const QString raw = row.value(column).trimmed();
    if (raw.isEmpty())
        return 0;
    // A case keeps an entry deactivated since: an old case may name one.
    const auto cache = m_codes.find(field.refList);
    if (cache != m_codes.end())
        if (const CodeCache::Entry* known = cache->second.find(raw))
            return known->id;
    const ListReferences::Found found = m_references.find(field, raw); // by its name, or not there
    check.require(found.exists, column,
                  tr("There is no %1 “%2” in the lists: add it there first, or import it.")
                      .arg(ListSpecs::get(field.refList).entryText(), raw));
    return found.exists ? found.id : 0;
}

QString PastCaseImporter::text(const RowValues& row, const QString& column, int maxLength,
                               FieldCheck& check) const
{
    const QString s = row.value(column).trimmed();
    check.require(s.size() <= maxLength, column,
                  tr("This text is %1 characters long; at most %2 fit.").arg(s.size()).arg(maxLength));
    return s.size() <= maxLength ? s : QString();
}

RowImporter::Outcome PastCaseImporter::importRow(const RowValues& row)
{
    FieldCheck check;
    const QString number = row.value(QStringLiteral("number")).trimmed();
    static const QRegularExpression numberForm(QStringLiteral("^QI-(\\d{4})-(\\d{5,9})$"));
    const QRegularExpressionMatch numberMatch = numberForm.match(number);
    if (!number.isEmpty()) {
        check.require(numberMatch.hasMatch(), QStringLiteral("number"),
                      tr("“%1” is not a case number: they look like QI-2019-00034 (or leave it empty for a "
                         "new number).")
                          .arg(number));
        check.require(!m_store.hasCaseNumber(number), QStringLiteral("number"),
                      tr("Case %1 is already in the database: a past case is imported once.").arg(number));
    }
    const QString statusText = row.value(QStringLiteral("status")).trimmed();
    const std::optional<CaseStatus> status = statusOf(statusText);
    QStringList allowed;
    for (const QString& code : importableStatuses())
        allowed.append(CaseStatuses::displayName(CaseStatuses::fromCode(code)));
    check.require(status && importableStatuses().contains(CaseStatuses::code(*status)),
                  QStringLiteral("status"),
                  status ? tr("A past case comes in as %1; at “%2” it would need records a file does not "
                              "carry (the plan, the service, the visits): import it at an earlier status "
                              "and go on in the window.")
                               .arg(allowed.join(QStringLiteral(", ")), CaseStatuses::displayName(*status))
                         : tr("“%1” is not a status; a past case comes in as %2.")
                               .arg(statusText, allowed.join(QStringLiteral(", "))));
    QualityCase c;
    c.status = status.value_or(CaseStatus::Logged);
    c.receivedAt = time(row, QStringLiteral("received_at"), check);
    check.require(c.receivedAt.isValid() || !row.value(QStringLiteral("received_at")).trimmed().isEmpty(),
                  QStringLiteral("received_at"), tr("Fill in when the information was received."));
    c.loggedAt = time(row, QStringLiteral("logged_at"), check);
    if (!c.loggedAt.isValid())
        c.loggedAt = c.receivedAt;
    c.sentAt = time(row, QStringLiteral("sent_at"), check);
    c.recordedAt = time(row, QStringLiteral("recorded_at"), check);
    c.analysedAt = time(row, QStringLiteral("analysed_at"), check);
    c.processingDueAt = time(row, QStringLiteral("processing_due_at"), check);
    c.disposalAt = time(row, QStringLiteral("disposal_at"), check);
    c.closedAt = time(row, QStringLiteral("closed_at"), check);
    c.channel = channelCode(row.value(QStringLiteral("channel")));
    check.require(!c.channel.isEmpty(), QStringLiteral("channel"),
                  tr("“%1” is not a channel: write phone, visit, letter, email or onsite.")
                      .arg(row.value(QStringLiteral("channel")).trimmed()));
    c.customerId = reference(row, QStringLiteral("customer"), refField("customers"), check);
    check.require(c.customerId > 0 || !row.value(QStringLiteral("customer")).trimmed().isEmpty(),
                  QStringLiteral("customer"), tr("Fill in the customer's code."));
    c.modelId = reference(row, QStringLiteral("model"), refField("product_models"), check);
    c.gradeId = reference(row, QStringLiteral("grade"), refField("grades"), check);
    c.defectCategoryId
        = reference(row, QStringLiteral("defect_category"), refField("defect_categories"), check);
    c.defectCauseId = reference(row, QStringLiteral("defect_cause"), refField("defect_causes"), check);
    const QString quantity = row.value(QStringLiteral("quantity")).trimmed();
    bool quantityOk = true;
    c.quantity = quantity.isEmpty() ? 1 : quantity.toInt(&quantityOk);
    check.require(quantityOk && c.quantity >= 1, QStringLiteral("quantity"),
                  tr("The quantity affected is a whole number of at least 1; “%1” is not.").arg(quantity));
    const std::optional<bool> objection = ListValidator::yesNo(row.value(QStringLiteral("is_objection")));
    check.require(objection.has_value(), QStringLiteral("is_objection"),
                  tr("“%1” is yes or no.").arg(row.value(QStringLiteral("is_objection")).trimmed()));
    c.isObjection = objection.value_or(false);
    c.symptom = text(row, QStringLiteral("symptom"), 4000, check);
    check.require(!row.value(QStringLiteral("symptom")).trimmed().isEmpty(), QStringLiteral("symptom"),
                  tr("Describe the symptom."));

    // The dates a status needs, and none of a step it has not reached.
    struct Step
    {
        const char* column;
        QDateTime at;
        CaseStatus from;
    };
    const Step steps[] = {{"sent_at", c.sentAt, CaseStatus::SentToQuality},
                          {"recorded_at", c.recordedAt, CaseStatus::Recorded},
                          {"analysed_at", c.analysedAt, CaseStatus::Analysed},
                          {"closed_at", c.closedAt, CaseStatus::Closed}};
    QDateTime previous = c.loggedAt;
    check.require(!c.receivedAt.isValid() || c.loggedAt >= c.receivedAt, QStringLiteral("logged_at"),
                  tr("A case is logged when or after the information is received."));
    for (const Step& s : steps) {
        const QString column = QString::fromLatin1(s.column);
        const bool needed = s.from == CaseStatus::Closed
            ? c.status == CaseStatus::Closed
            : (rank(c.status) >= rank(s.from) && c.status != CaseStatus::Closed);
        if (status && needed)
            check.require(
                s.at.isValid() || !row.value(column).trimmed().isEmpty(), column,
                tr("A case at “%1” has this date: fill it in.").arg(CaseStatuses::displayName(c.status)));
        if (status && s.at.isValid() && rank(c.status) < rank(s.from))
            check.require(false, column,
                          tr("This date belongs to a later step than “%1”: leave it empty or change the "
                             "status.")
                              .arg(CaseStatuses::displayName(c.status)));
        if (s.at.isValid() && previous.isValid())
            check.require(s.at >= previous, column, tr("This date is before the step before it."));
        if (s.at.isValid())
            previous = s.at;
    }
    if (c.status == CaseStatus::Analysed)
        check.require(c.gradeId > 0, QStringLiteral("grade"),
                      tr("An analysed case has its grade: fill it in."));
    c.contactName = text(row, QStringLiteral("contact_name"), 200, check);
    c.contactPhone = text(row, QStringLiteral("contact_phone"), 40, check);
    c.serialNo = text(row, QStringLiteral("serial_no"), 60, check);
    c.batchNo = text(row, QStringLiteral("batch_no"), 60, check);
    c.orderNo = text(row, QStringLiteral("order_no"), 60, check);
    c.customerRequest = text(row, QStringLiteral("customer_request"), 4000, check);
    c.siteAddress = text(row, QStringLiteral("site_address"), 500, check);
    c.verification = text(row, QStringLiteral("verification"), 4000, check);
    c.analysis = text(row, QStringLiteral("analysis"), 4000, check);
    c.temporaryMeasures = text(row, QStringLiteral("temporary_measures"), 4000, check);
    c.disposalSuggestion = text(row, QStringLiteral("disposal_suggestion"), 4000, check);
    c.problemSummary = text(row, QStringLiteral("problem_summary"), 4000, check);
    c.treatmentResult = text(row, QStringLiteral("treatment_result"), 4000, check);
    c.writtenFeedback = text(row, QStringLiteral("written_feedback"), 4000, check);
    check.throwIfAny();

    c.number = number;
    if (c.number.isEmpty()) {
        c.number = m_store.nextCaseNumber(c.loggedAt.toTimeZone(m_deadlines.rules().zone).date().year());
    } else {
        // The numbering goes on after the highest number imported for that year.
        m_store.keepCaseNumbers(numberMatch.captured(1).toInt(), numberMatch.captured(2).toLongLong());
    }
    m_added.append(
        m_store.insertImported(c, m_deadlines, m_actor.id, m_now,
                               m_options.source.isEmpty() ? QStringLiteral("-") : m_options.source));
    return Outcome::Added;
}

void PastCaseImporter::finish()
{
    m_store.indexImported(m_added);
}
