#pragma once

#include "Clock.h"
#include "attachments/Attachment.h"
#include "attachments/AttachmentSettings.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>

class RecordWriter;

// Adding files to a case and withdrawing them (issue 17). The bytes go into the database
// (ContentStore: each distinct file once), the file's name, caption, step, who and when into
// case_attachments, each addition and withdrawal into the audit log; the case's version goes up.
//
// Files are additive: adding or withdrawing one never conflicts with another person's change of
// the case, so it takes the case's id and no CaseRef, and a form opened before someone added a
// photo still saves (WorkflowService leaves files out of its conflict check).
class AttachmentService
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentService)
public:
    AttachmentService(QSqlDatabase db, const Clock& clock);

    // What add() would refuse before anything is read or written: a file that is missing,
    // unreadable, empty, the database file itself, or larger than the limit. Throws UserError
    // naming every such file ("Nothing was added.").
    void check(const QList<NewAttachment>& files) const;
    // Adds the files to the case together in one durable transaction (a savepoint inside a
    // caller's transaction): all of them or, when one is refused, none. step: AttachmentSteps.
    // Returns the new files' ids.
    QList<qint64> add(const User& user, qint64 caseId, const QList<NewAttachment>& files,
                      const QString& step);
    // Runs save (a WorkflowService operation that returns the case's id: a new case from the
    // intake, or the case of a step's form) and adds the files to that case in the same
    // transaction: the record and its files are saved together or not at all.
    qint64 saveWith(const User& user, const QList<NewAttachment>& files, const QString& step,
                    const std::function<qint64()>& save);
    // Withdraws a file from its case with the reason (required): it is no longer shown, but its
    // bytes and its history stay, for an administrator to see.
    void withdraw(const User& user, qint64 attachmentId, const QString& reason);

    AttachmentLimits limits() const;

private:
    void check(const QList<NewAttachment>& files, const AttachmentLimits& limits) const;
    qint64 addOne(RecordWriter& writer, const User& user, qint64 caseId, const NewAttachment& file,
                  const QString& step, const AttachmentLimits& limits);
    int bumpVersion(qint64 caseId);
    bool isDatabaseFile(const QString& path) const;
    QSqlDatabase m_db;
    const Clock& m_clock;
};
