#pragma once

#include "attachments/Attachment.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Reads which files a case has (their names, captions, who added them and when), never their
// contents: what the case view, the printouts and the command line list.
class AttachmentQuery
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentQuery)
public:
    explicit AttachmentQuery(QSqlDatabase db);
    // The files on the case, oldest first; withdrawn ones are left out.
    QList<Attachment> list(qint64 caseId) const;
    // The case's withdrawn files, for an administrator (UserError for anyone else).
    QList<Attachment> withdrawn(const User& reader, qint64 caseId) const;
    // One file on a case; a withdrawn one only for an administrator. Throws UserError.
    Attachment get(const User& reader, qint64 attachmentId) const;
    // The same without asking who reads (for core's own rules).
    Attachment load(qint64 attachmentId) const;

private:
    QList<Attachment> read(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
