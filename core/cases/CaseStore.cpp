#include "cases/CaseStore.h"

#include "cases/CaseRepository.h"
#include "db/NumberAllocator.h"
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
