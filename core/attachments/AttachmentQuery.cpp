#include "attachments/AttachmentQuery.h"

#include "UserError.h"
#include "attachments/AttachmentKinds.h"
#include "attachments/AttachmentRules.h"
#include "db/Sql.h"

AttachmentQuery::AttachmentQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Attachment> AttachmentQuery::read(const QString& where, const QVariantList& binds) const
{
    QSqlQuery& q = Sql::cached(
        m_db,
        QStringLiteral(
            "SELECT a.id, a.case_id, a.sha256, a.file_name, a.media_type, a.kind, a.size, a.caption, "
            "a.step, a.added_at, a.added_by, coalesce(u.display_name, ''), a.withdrawn_at, "
            "coalesce(w.display_name, ''), coalesce(a.withdrawn_reason, '') "
            "FROM case_attachments a LEFT JOIN users u ON u.id = a.added_by "
            "LEFT JOIN users w ON w.id = a.withdrawn_by WHERE ")
            + where + QStringLiteral(" ORDER BY a.id"),
        binds);
    QList<Attachment> list;
    while (q.next()) {
        Attachment a;
        a.id = q.value(0).toLongLong();
        a.caseId = q.value(1).toLongLong();
        a.sha256 = q.value(2).toString();
        a.fileName = q.value(3).toString();
        a.mediaType = q.value(4).toString();
        a.kind = AttachmentKinds::fromCode(q.value(5).toString());
        a.size = q.value(6).toLongLong();
        a.caption = q.value(7).toString();
        a.step = q.value(8).toString();
        a.addedAt = Sql::toTime(q.value(9));
        a.addedById = q.value(10).toLongLong();
        a.addedBy = q.value(11).toString();
        a.withdrawnAt = Sql::toTime(q.value(12));
        a.withdrawnBy = q.value(13).toString();
        a.withdrawnReason = q.value(14).toString();
        list.append(a);
    }
    q.finish();
    return list;
}

QList<Attachment> AttachmentQuery::list(qint64 caseId) const
{
    return read(QStringLiteral("a.case_id = ? AND a.withdrawn_at IS NULL"), {caseId});
}

QList<Attachment> AttachmentQuery::withdrawn(const User& reader, qint64 caseId) const
{
    const QString refusal = AttachmentRules::seeWithdrawnRefusal(reader);
    if (!refusal.isEmpty())
        throw UserError(refusal);
    return read(QStringLiteral("a.case_id = ? AND a.withdrawn_at IS NOT NULL"), {caseId});
}

Attachment AttachmentQuery::load(qint64 attachmentId) const
{
    const QList<Attachment> found = read(QStringLiteral("a.id = ?"), {attachmentId});
    if (found.isEmpty())
        throw UserError(tr("There is no file with the id %1.").arg(attachmentId));
    return found.first();
}

Attachment AttachmentQuery::get(const User& reader, qint64 attachmentId) const
{
    const Attachment a = load(attachmentId);
    if (a.isWithdrawn()) {
        const QString refusal = AttachmentRules::seeWithdrawnRefusal(reader);
        if (!refusal.isEmpty())
            throw UserError(refusal);
    }
    return a;
}
