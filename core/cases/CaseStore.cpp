#include "cases/CaseStore.h"

#include "cases/CaseRepository.h"
#include "db/BulkStatement.h"
#include "db/NumberAllocator.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "deadlines/CaseClocks.h"
#include "deadlines/CaseDuties.h"
#include "deadlines/DeadlineCalculator.h"
#include "deadlines/DutyStore.h"
#include "search/SearchIndex.h"

CaseStore::CaseStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QualityCase CaseStore::load(qint64 caseId) const
{
    return CaseRepository(m_db).load(caseId);
}

std::optional<int> CaseStore::version(qint64 caseId) const
{
    const QVariant v = Sql::scalar(m_db, QStringLiteral("SELECT version FROM cases WHERE id = ?"), {caseId});
    if (!v.isValid())
        return std::nullopt;
    return v.toInt();
}

std::optional<qint64> CaseStore::followUpOwner(qint64 followUpId, qint64 caseId) const
{
    const QVariant owner = Sql::scalar(
        m_db, QStringLiteral("SELECT owner_unit_id FROM follow_ups WHERE id = ? AND case_id = ?"),
        {followUpId, caseId});
    if (!owner.isValid())
        return std::nullopt;
    return owner.toLongLong();
}

QString CaseStore::nextCaseNumber(int year) const
{
    return NumberAllocator::next(m_db, QStringLiteral("QI"), year);
}

QString CaseStore::nextSheetNumber(int year) const
{
    return NumberAllocator::next(m_db, QStringLiteral("FS"), year);
}

void CaseStore::lockForChange(qint64 caseId) const
{
    if (Sql::isServer(m_db))
        Sql::exec(m_db, QStringLiteral("SELECT id FROM cases WHERE id = ? FOR UPDATE"), {caseId}).finish();
}

void CaseStore::setVersion(qint64 caseId, int version) const
{
    Sql::exec(m_db, QStringLiteral("UPDATE cases SET version = ? WHERE id = ?"), {version, caseId});
}

void CaseStore::setNextDue(qint64 caseId, const NextDue& next) const
{
    Sql::cached(
        m_db,
        QStringLiteral("UPDATE cases SET next_due_at = ?, next_due_kind = ?, next_owner = ? WHERE id = ?"),
        {Sql::fromTime(next.dueAt), next.code, next.ownerCode, caseId})
        .finish();
}

void CaseStore::refreshDue(qint64 caseId, int version, const DeadlineCalculator& deadlines,
                           const QDateTime& now) const
{
    const QualityCase c = load(caseId);
    DutyStore(m_db).write(caseId, CaseDuties::of(c, deadlines));
    const NextDue next = deadlines.nextDue(c, now);
    // Every deadline of the case where the statistics read them, in the same transaction.
    CaseClocks(m_db).store(caseId, deadlines.clocks(c));
    Sql::exec(
        m_db,
        QStringLiteral("UPDATE cases SET next_due_at = ?, next_due_kind = ?, next_owner = ?, version = ? "
                       "WHERE id = ?"),
        {Sql::fromTime(next.dueAt), next.code, next.ownerCode, version, caseId});
    SearchIndex::reindexCase(m_db, caseId);
}

bool CaseStore::hasCaseNumber(const QString& number) const
{
    BulkStatement& taken = Sql::prepared(m_db, QStringLiteral("SELECT 1 FROM cases WHERE number = ?"));
    const bool exists = taken.bind(1, number).next();
    taken.reset();
    return exists;
}

void CaseStore::keepCaseNumbers(int year, qint64 last) const
{
    // The higher of the two by a WHERE, in SQL both engines accept (the server has no max(a, b)).
    Sql::prepared(m_db,
                  // Written for both engines: a server has no max() of two values ("last" alone
                  // would be ambiguous there too).
                  QStringLiteral("INSERT INTO counters(kind, year, last) VALUES ('QI', ?, ?) "
                                 "ON CONFLICT(kind, year) DO UPDATE SET last = excluded.last "
                                 "WHERE excluded.last > counters.last"))
        .bind(1, qint64(year))
        .bind(2, last)
        .run();
}

qint64 CaseStore::insertImported(const QualityCase& c, const DeadlineCalculator& deadlines, qint64 by,
                                 const QDateTime& at, const QString& file) const
{
    const NextDue next = deadlines.nextDue(c, at);
    const auto reference = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(); };
    // The same columns in the same order for every row: one statement, prepared once (RecordWriter).
    const RecordWriter::Fields fields {
        {QStringLiteral("number"), c.number},
        {QStringLiteral("status"), CaseStatuses::code(c.status)},
        {QStringLiteral("received_at"), c.receivedAt},
        {QStringLiteral("channel"), c.channel},
        {QStringLiteral("customer_id"), c.customerId},
        {QStringLiteral("contact_name"), c.contactName},
        {QStringLiteral("contact_phone"), c.contactPhone},
        {QStringLiteral("model_id"), reference(c.modelId)},
        {QStringLiteral("serial_no"), c.serialNo},
        {QStringLiteral("batch_no"), c.batchNo},
        {QStringLiteral("order_no"), c.orderNo},
        {QStringLiteral("quantity"), c.quantity},
        {QStringLiteral("symptom"), c.symptom},
        {QStringLiteral("customer_request"), c.customerRequest},
        {QStringLiteral("site_address"), c.siteAddress},
        {QStringLiteral("is_objection"), c.isObjection},
        {QStringLiteral("logged_at"), c.loggedAt},
        {QStringLiteral("logged_by"), by},
        {QStringLiteral("sent_at"), c.sentAt},
        {QStringLiteral("recorded_at"), c.recordedAt},
        {QStringLiteral("analysed_at"), c.analysedAt},
        {QStringLiteral("verification"), c.verification},
        {QStringLiteral("analysis"), c.analysis},
        {QStringLiteral("defect_category_id"), reference(c.defectCategoryId)},
        {QStringLiteral("defect_cause_id"), reference(c.defectCauseId)},
        {QStringLiteral("grade_id"), reference(c.gradeId)},
        {QStringLiteral("temporary_measures"), c.temporaryMeasures},
        {QStringLiteral("processing_due_at"), c.processingDueAt},
        {QStringLiteral("disposal_at"), c.disposalAt},
        {QStringLiteral("disposal_suggestion"), c.disposalSuggestion},
        {QStringLiteral("closed_at"), c.closedAt},
        {QStringLiteral("problem_summary"), c.problemSummary},
        {QStringLiteral("treatment_result"), c.treatmentResult},
        {QStringLiteral("written_feedback"), c.writtenFeedback},
        {QStringLiteral("next_due_at"), next.dueAt},
        {QStringLiteral("next_due_kind"), next.code},
        {QStringLiteral("next_owner"), next.ownerCode},
    };
    RecordWriter writer(m_db, by, at, 1);
    writer.setOneRowPerCreate(true, file);
    QualityCase stored = c;
    stored.id = writer.insert(QStringLiteral("cases"), 0, fields);
    DutyStore(m_db).write(stored.id, CaseDuties::of(stored, deadlines));
    CaseClocks(m_db).store(stored.id, deadlines.clocks(stored));
    return stored.id;
}

void CaseStore::indexImported(const QList<qint64>& caseIds) const
{
    SearchIndex::indexCases(m_db, caseIds);
}
